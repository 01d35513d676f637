package org.ohsonline.reference.web;

import java.util.List;
import java.util.Locale;

import org.ohsonline.reference.HazardFactors;
import org.ohsonline.shared.web.Picks;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * What the searchable hazard picker offers: factors of the catalogue in force whose code starts with,
 * or whose name contains, what was typed (some 470 factors: no select can hold them). The catalogue is
 * public reference data: any signed-in user.
 */
@Controller
class HazardPickerController {

	private final HazardFactors hazards;

	HazardPickerController(HazardFactors hazards) {
		this.hazards = hazards;
	}

	@GetMapping("/pick/hazards")
	@ResponseBody
	Picks hazards(@RequestParam(required = false) String q) {
		String text = q == null ? "" : q.trim().toLowerCase(Locale.ROOT);
		List<Picks.Option> matches = this.hazards.factors(null)
			.stream()
			.filter(h -> text.isEmpty() || h.code().startsWith(text) || h.name().toLowerCase(Locale.ROOT).contains(text))
			.map(h -> new Picks.Option(h.code(), h.name(), h.code() + " · " + h.categoryName()))
			.toList();
		return Picks.first(matches);
	}

}
