package org.ohsonline.training.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.ohsonline.reference.Divisions;
import org.ohsonline.registry.Employers;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.web.SpreadsheetExport;
import org.ohsonline.training.Audience;
import org.ohsonline.training.RateLine;
import org.ohsonline.training.TrainingRates;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Training rates: a region's totals and employers (numerator, denominator, rate per audience) with the export
 * of exactly those rows, and one employer's rates with who is missing — where the employer's own manager
 * names its principal leader and managers from its workers.
 */
@Controller
@PreAuthorize("hasAuthority('training:rate:read')")
class RateController {

	private final TrainingRates rates;

	private final Employers employers;

	private final Divisions divisions;

	private final MessageSource messages;

	RateController(TrainingRates rates, Employers employers, Divisions divisions, MessageSource messages) {
		this.rates = rates;
		this.employers = employers;
		this.divisions = divisions;
		this.messages = messages;
	}

	@GetMapping("/training/rates")
	String region(Actor actor, @RequestParam(required = false) String region, @RequestParam(required = false) Integer page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("rates", this.rates.ofRegion(actor, region, PageQuery.of(page, 20)));
		model.addAttribute("region", region);
		String query = UriComponentsBuilder.newInstance().queryParam("region", region == null ? "" : region).encode().build().getQuery();
		model.addAttribute("base", "/training/rates?" + query);
		model.addAttribute("exportUrl", "/training/rates/export.xlsx?" + query);
		return htmx != null ? "training/rates :: results" : "training/rates";
	}

	@GetMapping("/training/rates/export.xlsx")
	void export(Actor actor, @RequestParam(required = false) String region, Locale locale, HttpServletResponse response) {
		List<String> columns = new ArrayList<>(List.of(word("training.enrolment.employer", locale), word("training.course.region", locale)));
		for (Audience audience : List.of(Audience.PRINCIPAL, Audience.MANAGER, Audience.WORKER)) {
			String name = word("training.audience." + audience, locale);
			columns.add(name + " · " + word("training.rate.numerator", locale));
			columns.add(name + " · " + word("training.rate.denominator", locale));
			columns.add(name + " · " + word("training.rate.percent", locale));
		}
		SpreadsheetExport sheet = SpreadsheetExport.attachment(response, "training-rates.xlsx",
				word("training.rate.title", locale), columns);
		this.rates.forEachEmployer(actor, region, row -> {
			List<Object> cells = new ArrayList<>(List.of(row.name(), this.divisions.fullName(row.regionCode())));
			for (RateLine line : row.lines()) {
				cells.add(line.numerator());
				cells.add(line.denominator());
				cells.add(line.percent());
			}
			sheet.row(cells);
		});
		sheet.finish();
	}

	@GetMapping("/training/rates/mine")
	String mine(Actor actor) {
		if (actor.scope().kind() != Scope.Kind.EMPLOYER) {
			throw new AccessDeniedException("training:rate:read");
		}
		long id = this.employers.byCreditCode(actor.scope().value())
			.orElseThrow(() -> new AccessDeniedException("training:rate:read"))
			.id();
		return "redirect:/training/rates/employers/" + id;
	}

	@GetMapping("/training/rates/employers/{id}")
	String employer(Actor actor, @PathVariable long id, Model model) {
		org.ohsonline.training.EmployerRates rates = this.rates.ofEmployer(actor, id);
		model.addAttribute("rates", rates);
		java.util.Map<String, List<org.ohsonline.shared.web.Picks.Option>> chosen = new java.util.HashMap<>();
		for (Audience role : List.of(Audience.PRINCIPAL, Audience.MANAGER)) {
			chosen.put(role.name(), rates.named()
				.stream()
				.filter(p -> p.role() == role)
				.map(p -> new org.ohsonline.shared.web.Picks.Option(String.valueOf(p.workerId()), p.name(), null))
				.toList());
		}
		model.addAttribute("chosen", chosen);
		model.addAttribute("naming", actor.can("training:people:write") && actor.scope().kind() == Scope.Kind.EMPLOYER);
		return "training/employer-rates";
	}

	@PostMapping("/training/rates/employers/{id}/people")
	@PreAuthorize("hasAuthority('training:people:write')")
	String name(Actor actor, @PathVariable long id, @RequestParam(required = false) String role,
			@RequestParam(required = false) List<Long> workerIds, RedirectAttributes redirect) {
		try {
			Audience audience = "PRINCIPAL".equals(role) ? Audience.PRINCIPAL : "MANAGER".equals(role) ? Audience.MANAGER : null;
			this.rates.name(actor, id, audience, workerIds == null ? List.of() : workerIds);
			redirect.addFlashAttribute("flashKey", "training.people.saved");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionErrors", ex.errors());
		}
		return "redirect:/training/rates/employers/" + id;
	}

	private String word(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
