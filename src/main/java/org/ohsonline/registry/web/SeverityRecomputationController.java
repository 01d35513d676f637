package org.ohsonline.registry.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.ohsonline.reference.Divisions;
import org.ohsonline.reference.HazardFactors;
import org.ohsonline.reference.Industries;
import org.ohsonline.reference.SeverityQuestion;
import org.ohsonline.registry.SeverityRecomputations;
import org.ohsonline.registry.SeverityRecomputations.Change;
import org.ohsonline.registry.SeverityRecomputations.Run;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.web.SpreadsheetExport;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What the recomputations of hazard severity changed, for the administrators who load the risk
 * directory: every run (trigger, edition, counts) and the employers of the chosen run whose class or
 * open questions changed (old class → new class, basis), in the reader's region, exported to Excel.
 * Linked from the directory's catalog page.
 */
@Controller
@PreAuthorize("hasAuthority('reference:catalog:write')")
class SeverityRecomputationController {

	static final String PAGE = "registry/severity-recomputations";

	private static final List<String> EXPORT_COLUMNS = List.of("registry.employer.creditCode", "registry.employer.name",
			"registry.employer.regionCode", "registry.employer.region", "registry.employer.industryCode",
			"registry.severityRun.oldSeverity", "registry.severityRun.newSeverity", "registry.severityRun.pending",
			"registry.severityRun.newBasis", "registry.severityRun.oldBasis");

	private final SeverityRecomputations recomputations;

	private final Divisions divisions;

	private final Industries industries;

	private final HazardFactors hazards;

	private final MessageSource messages;

	SeverityRecomputationController(SeverityRecomputations recomputations, Divisions divisions, Industries industries,
			HazardFactors hazards, MessageSource messages) {
		this.recomputations = recomputations;
		this.divisions = divisions;
		this.industries = industries;
		this.hazards = hazards;
		this.messages = messages;
	}

	@GetMapping("/catalogs/industry-severity/recomputations")
	String show(Actor actor, @RequestParam(required = false) Long run, @RequestParam(required = false) Integer page,
			Model model) {
		List<Run> runs = this.recomputations.runs(actor);
		Run selected = chosen(actor, runs, run);
		model.addAttribute("runs", runs);
		model.addAttribute("selected", selected);
		model.addAttribute("page", selected == null ? Page.of(List.of(), 0, PageQuery.of(1, 50))
				: this.recomputations.changes(actor, selected.id(), PageQuery.of(page, 50)));
		model.addAttribute("base", "/catalogs/industry-severity/recomputations?run=" + (selected == null ? "" : selected.id()));
		model.addAttribute("names", new Names(this.divisions, this.industries, this.hazards));
		return PAGE;
	}

	/** The chosen run's list in the reader's region, streamed. */
	@GetMapping("/catalogs/industry-severity/recomputations/export.xlsx")
	void export(Actor actor, @RequestParam(required = false) Long run, Locale locale, HttpServletResponse response) {
		Run selected = chosen(actor, this.recomputations.runs(actor), run);
		Names names = new Names(this.divisions, this.industries, this.hazards);
		SpreadsheetExport sheet = SpreadsheetExport.attachment(response,
				"severity-recomputation-" + (selected == null ? "none" : selected.id()) + ".xlsx",
				message("registry.severityRun.title", locale),
				EXPORT_COLUMNS.stream().map(column -> message(column, locale)).toList());
		if (selected != null) {
			this.recomputations.forEachChange(actor, selected.id(), change -> sheet.row(cells(change, names, locale)));
		}
		sheet.finish();
	}

	private Run chosen(Actor actor, List<Run> runs, Long run) {
		if (run != null) {
			return this.recomputations.run(actor, run).orElseThrow(() -> new NotFoundException("severity-run", run));
		}
		return runs.isEmpty() ? null : runs.get(0);
	}

	private List<Object> cells(Change change, Names names, Locale locale) {
		return List.of(change.creditCode(), change.employerName(), change.regionCode(), names.region(change.regionCode()),
				change.industryCode(), severity(change.oldSeverity(), locale), severity(change.newSeverity(), locale),
				String.join("；", change.newQuestions().stream().map(q -> pending(q, locale)).toList()),
				change.newBasis(), change.oldBasis() == null ? "" : change.oldBasis());
	}

	private String severity(org.ohsonline.reference.Severity severity, Locale locale) {
		return severity == null ? message("registry.severity.unknown", locale) : message("registry.severity." + severity, locale);
	}

	private String pending(SeverityQuestion question, Locale locale) {
		return message("registry.employer.severityPending." + question, locale);
	}

	private String message(String code, Locale locale) {
		return this.messages.getMessage(code, null, code, locale);
	}

}
