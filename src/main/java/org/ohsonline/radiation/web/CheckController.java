package org.ohsonline.radiation.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.ohsonline.radiation.DoseRecords;
import org.ohsonline.radiation.RadiationFilter;
import org.ohsonline.reference.Divisions;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.web.SpreadsheetExport;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the checks of dose records open: investigations (a period above the investigation level) answered by the
 * employer, alerts (sums above a dose limit) and monitoring gaps (a period due without a record) with its export.
 */
@Controller
@PreAuthorize("hasAuthority('radiation:dose:read')")
class CheckController {

	private final DoseRecords doses;

	private final Divisions divisions;

	private final MessageSource messages;

	CheckController(DoseRecords doses, Divisions divisions, MessageSource messages) {
		this.doses = doses;
		this.divisions = divisions;
		this.messages = messages;
	}

	@ModelAttribute("filter")
	RadiationFilter filter(@RequestParam(required = false) String region, @RequestParam(required = false) String q,
			@RequestParam(required = false) String period, @RequestParam(required = false) String status,
			@RequestParam(required = false) String category) {
		return new RadiationFilter(region, q, period, status, category);
	}

	@GetMapping("/radiation/investigations")
	String investigations(Actor actor, @ModelAttribute("filter") RadiationFilter filter, @RequestParam(required = false) Integer page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("page", this.doses.investigations(actor, filter, PageQuery.of(page, 20)));
		model.addAttribute("base", "/radiation/investigations?" + ListLinks.query(filter));
		return htmx != null ? "radiation/investigations :: results" : "radiation/investigations";
	}

	@GetMapping("/radiation/investigations/{id}")
	String investigation(Actor actor, @PathVariable long id, Model model) {
		var investigation = this.doses.investigation(actor, id);
		model.addAttribute("investigation", investigation);
		model.addAttribute("canAnswer", actor.can("radiation:investigation:answer") && actor.scope().kind() == Scope.Kind.EMPLOYER
				&& "OPEN".equals(investigation.status()));
		return "radiation/investigation";
	}

	@PostMapping("/radiation/investigations/{id}/answer")
	@PreAuthorize("hasAuthority('radiation:investigation:answer')")
	String answer(Actor actor, @PathVariable long id, @RequestParam(required = false) String explanation, RedirectAttributes redirect) {
		try {
			this.doses.answer(actor, id, explanation);
			redirect.addFlashAttribute("flashKey", "radiation.investigation.answeredFlash");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionErrors", ex.errors());
		}
		return "redirect:/radiation/investigations/" + id;
	}

	@GetMapping("/radiation/alerts")
	String alerts(Actor actor, @ModelAttribute("filter") RadiationFilter filter, @RequestParam(required = false) Integer page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("page", this.doses.alerts(actor, filter, PageQuery.of(page, 20)));
		model.addAttribute("base", "/radiation/alerts?" + ListLinks.query(filter));
		return htmx != null ? "radiation/alerts :: results" : "radiation/alerts";
	}

	@GetMapping("/radiation/gaps")
	String gaps(Actor actor, @ModelAttribute("filter") RadiationFilter filter, @RequestParam(required = false) Integer page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("page", this.doses.gaps(actor, filter, PageQuery.of(page, 20)));
		String query = ListLinks.query(filter);
		model.addAttribute("base", "/radiation/gaps?" + query);
		model.addAttribute("exportUrl", "/radiation/gaps/export.xlsx?" + query);
		model.addAttribute("canEnter", actor.can("radiation:dose:write") && actor.scope().kind() == Scope.Kind.AGENCY);
		return htmx != null ? "radiation/gaps :: results" : "radiation/gaps";
	}

	@GetMapping("/radiation/gaps/export.xlsx")
	void exportGaps(Actor actor, @ModelAttribute("filter") RadiationFilter filter, Locale locale, HttpServletResponse response) {
		SpreadsheetExport sheet = SpreadsheetExport.attachment(response, "radiation-gaps.xlsx", word("radiation.gap.title", locale),
				List.of(word("radiation.worker.name", locale), word("radiation.worker.idNumber", locale),
						word("radiation.employer", locale), word("radiation.region", locale), word("radiation.worker.agency", locale),
						word("radiation.period", locale), word("radiation.gap.dueOn", locale)));
		this.doses.forEachGap(actor, filter, g -> sheet.row(g.nameMasked(), g.idNumberMasked(), g.employerName(),
				this.divisions.fullName(g.regionCode()), g.agencyName(), g.period(), g.dueOn()));
		sheet.finish();
	}

	private String word(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
