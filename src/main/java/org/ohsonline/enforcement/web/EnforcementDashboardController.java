package org.ohsonline.enforcement.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.ohsonline.enforcement.EnforcementDashboard;
import org.ohsonline.reference.Divisions;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.web.SpreadsheetExport;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The enforcement dashboard: done vs planned per division, violations by arm and class, case clocks, penalties,
 * case-file review scores — each table with its chart (drawn from the table, so they never differ) and its Excel
 * export of exactly what the filter shows.
 */
@Controller
@PreAuthorize("hasAuthority('enforcement:plan:read')")
class EnforcementDashboardController {

	/** The tables that export, in the page's order. */
	static final List<String> TABLES = List.of("regions", "arms", "penalties", "reviews");

	private final EnforcementDashboard dashboard;

	private final Divisions divisions;

	private final MessageSource messages;

	EnforcementDashboardController(EnforcementDashboard dashboard, Divisions divisions, MessageSource messages) {
		this.dashboard = dashboard;
		this.divisions = divisions;
		this.messages = messages;
	}

	@GetMapping("/enforcement/dashboard")
	String dashboard(Actor actor, @RequestParam(required = false) String region,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to, Model model) {
		EnforcementDashboard.Figures figures = this.dashboard.figures(actor, region, from, to);
		model.addAttribute("figures", figures);
		model.addAttribute("exportQuery", UriComponentsBuilder.newInstance()
			.queryParam("region", figures.region() == null ? "" : figures.region())
			.queryParam("from", figures.from())
			.queryParam("to", figures.to())
			.encode()
			.build()
			.getQuery());
		return "enforcement/dashboard";
	}

	/** One table of the dashboard as a spreadsheet: {@code table} one of {@link #TABLES}. */
	@GetMapping("/enforcement/dashboard/export.xlsx")
	void export(Actor actor, @RequestParam(required = false) String table, @RequestParam(required = false) String region,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to, Locale locale,
			HttpServletResponse response) {
		if (table == null || !TABLES.contains(table)) {
			throw InvalidInputException.of("table", "enforcement.dashboard.noSuchTable");
		}
		EnforcementDashboard.Figures f = this.dashboard.figures(actor, region, from, to);
		String title = word("enforcement.dashboard." + table, locale);
		switch (table) {
			case "regions" -> {
				SpreadsheetExport sheet = sheet(response, table, title, locale, "enforcement.plan.region",
						"enforcement.dashboard.planned", "enforcement.dashboard.done", "enforcement.dashboard.violations");
				f.regions().forEach(r -> sheet.row(this.divisions.fullName(r.regionCode()), r.planned(), r.done(), r.violations()));
				sheet.finish();
			}
			case "arms" -> {
				SpreadsheetExport sheet = sheet(response, table, title, locale, "enforcement.line.arm", "enforcement.line.class",
						"enforcement.dashboard.drawn", "enforcement.dashboard.inspected", "enforcement.dashboard.withViolation",
						"enforcement.dashboard.perInspection");
				f.arms().forEach(a -> sheet.row(word("enforcement.arm." + a.arm(), locale),
						word("ALL".equals(a.riskClass()) ? "enforcement.dashboard.allClasses" : "enforcement.class." + a.riskClass(),
								locale),
						a.drawn(), a.inspected(), a.withViolation(), a.violationsPerInspection()));
				sheet.finish();
			}
			case "penalties" -> {
				SpreadsheetExport sheet = sheet(response, table, title, locale, "enforcement.case.violation",
						"enforcement.dashboard.decisions", "enforcement.dashboard.amount", "enforcement.dashboard.noPenalty",
						"enforcement.dashboard.deviations");
				f.penalties().forEach(p -> sheet.row(p.violation().text(), p.decisions(), p.amount(), p.noPenalty(), p.deviations()));
				sheet.finish();
			}
			default -> {
				SpreadsheetExport sheet = sheet(response, table, title, locale, "enforcement.plan.region",
						"enforcement.dashboard.reviewFiles", "enforcement.dashboard.reviewScored",
						"enforcement.dashboard.reviewAverage");
				f.reviews().forEach(r -> sheet.row(this.divisions.fullName(r.regionCode()), r.files(), r.scored(), r.average()));
				sheet.finish();
			}
		}
	}

	private SpreadsheetExport sheet(HttpServletResponse response, String table, String title, Locale locale,
			String... columns) {
		return SpreadsheetExport.attachment(response, "enforcement-" + table + ".xlsx", title,
				java.util.Arrays.stream(columns).map(c -> word(c, locale)).toList());
	}

	private String word(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
