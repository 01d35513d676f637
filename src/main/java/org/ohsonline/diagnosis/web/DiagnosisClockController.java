package org.ohsonline.diagnosis.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.ohsonline.shared.Text;
import org.ohsonline.diagnosis.ClockFilter;
import org.ohsonline.diagnosis.ClockKind;
import org.ohsonline.diagnosis.Diagnoses;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PageQuery;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The clocks of the cases in scope: running ones, those due within 7 days, missed duties (the overdue list). */
@Controller
@PreAuthorize("hasAuthority('diagnosis:case:read')")
class DiagnosisClockController {

	static final String LIST = "diagnosis/clocks";

	private static final List<String> DUE = List.of("open", "soon", "overdue", "all");

	private final Diagnoses diagnoses;

	private final DiagnosisRegions regions;

	DiagnosisClockController(Diagnoses diagnoses, DiagnosisRegions regions) {
		this.diagnoses = diagnoses;
		this.regions = regions;
	}

	@GetMapping("/diagnosis/clocks")
	String list(Actor actor, @RequestParam(required = false) String region, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String due, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, HttpServletRequest request, Model model) {
		ClockFilter filter = new ClockFilter(Text.blankToNull(region), Text.enumName(kind, ClockKind.class),
				due != null && DUE.contains(due) ? due : "open");
		model.addAttribute("filter", filter);
		model.addAttribute("page", this.diagnoses.clocks(actor, filter, PageQuery.of(page, size)));
		model.addAttribute("scopeName", this.regions.scopeName(actor));
		model.addAttribute("kinds", ClockKind.values());
		model.addAttribute("dueOptions", DUE);
		model.addAttribute("base", "/diagnosis/clocks?" + Web.query("region", filter.region(), "kind", filter.kind(),
				"due", filter.due()));
		boolean htmx = request.getHeader("HX-Request") != null && request.getHeader("HX-Boosted") == null;
		return htmx ? LIST + " :: results" : LIST;
	}

}
