package org.ohsonline.indicators.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ohsonline.enforcement.EnforcementDashboard;
import org.ohsonline.indicators.FigureTable;
import org.ohsonline.indicators.IndicatorDefinition;
import org.ohsonline.indicators.Indicators;
import org.ohsonline.indicators.Member;
import org.ohsonline.reference.CatalogTexts;
import org.ohsonline.risk.RiskDashboard;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.web.SpreadsheetExport;
import org.ohsonline.shared.web.TemplateFragments;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The director's dashboard (统计): the indicators of the caller's jurisdiction against targets with numerator and
 * denominator beside every rate, a chart drawn from the table beside it, the drill-down to the divisions below and
 * their ranking, the trend, the classes and inspections of the risk and enforcement modules, the employers behind
 * every number (with their export), and the wall view (大屏) that refreshes itself.
 */
@Controller
@PreAuthorize("hasAuthority('indicators:figure:read')")
class IndicatorPageController {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final java.time.format.DateTimeFormatter CHART_DATE = java.time.format.DateTimeFormatter
		.ofPattern("yyyy-MM-dd HH:mm");

	private final Indicators indicators;

	private final RiskDashboard risk;

	private final EnforcementDashboard enforcement;

	private final MessageSource messages;

	private final CatalogTexts catalogTexts;

	private final FigureCards cards;

	private final TemplateFragments fragments;

	IndicatorPageController(Indicators indicators, RiskDashboard risk, EnforcementDashboard enforcement,
			MessageSource messages, CatalogTexts catalogTexts, FigureCards cards, TemplateFragments fragments) {
		this.catalogTexts = catalogTexts;
		this.cards = cards;
		this.fragments = fragments;
		this.indicators = indicators;
		this.risk = risk;
		this.enforcement = enforcement;
		this.messages = messages;
	}

	@GetMapping("/indicators")
	String dashboard(Actor actor, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String indicator, Locale locale,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		int shownYear = year == null ? LocalDate.now(ZONE).getYear() : year;
		FigureTable table = this.indicators.figures(actor, region, shownYear);
		DashboardRows rows = DashboardRows.of(table, indicator, actor.scope().value());
		boolean hasMap = this.indicators.hasRegionMap(actor, table.regionCode());
		model.addAttribute("table", table);
		model.addAttribute("rows", rows);
		model.addAttribute("year", shownYear);
		// The figures, ranking and trend cards, the same for everyone who may see the region: rendered once per table.
		model.addAttribute("figureCards", this.cards.html(table, rows, locale, hasMap,
				() -> this.fragments.render("indicators/dashboard", "figures",
						Map.of("table", table, "rows", rows, "year", shownYear, "hasMap", hasMap, "chartDate",
								chartDate(table, locale), "trend",
								rows.selected() == null ? List.of()
										: this.indicators.trend(actor, rows.selected().code(), table.regionCode())),
						locale, request, response)));
		// The risk and enforcement tables come from other modules: loaded after the page (htmx, #related), so the
		// figures never wait for them.
		model.addAttribute("related", actor.can("risk:dashboard:read") || actor.can("enforcement:plan:read"));
		return "indicators/dashboard";
	}

	/** The data date under each chart's title (a variable: a data-* attribute takes no message expression). */
	private String chartDate(FigureTable table, Locale locale) {
		return table.asOf() == null ? ""
				: this.messages.getMessage("indicators.dataDate",
						new Object[] { CHART_DATE.format(table.asOf().atZone(ZONE)) }, locale);
	}

	/**
	 * The classes of the risk module and the inspections of the enforcement module for the region and year of the
	 * dashboard, the fragment the dashboard loads after itself (a direct visit gets the same fragment).
	 */
	@GetMapping("/indicators/related")
	String related(Actor actor, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer year, Model model) {
		int shownYear = year == null ? LocalDate.now(ZONE).getYear() : year;
		// Narrowed (and refused outside the jurisdiction) as for the dashboard itself.
		FigureTable table = this.indicators.figures(actor, region, shownYear);
		model.addAttribute("region", table.regionCode());
		model.addAttribute("year", shownYear);
		if (actor.can("risk:dashboard:read") && table.regionCode().length() < 9) {
			model.addAttribute("riskRows", this.risk.distribution(actor, table.regionCode()));
		}
		if (actor.can("enforcement:plan:read")) {
			model.addAttribute("enforcement", this.enforcement.figures(actor, table.regionCode(),
					LocalDate.of(shownYear, 1, 1), LocalDate.of(shownYear, 12, 31)));
		}
		return "indicators/dashboard :: related";
	}

	@GetMapping("/indicators/wall")
	String wall(Actor actor, @RequestParam(required = false) String region, @RequestParam(required = false) String indicator,
			Model model) {
		int year = LocalDate.now(ZONE).getYear();
		FigureTable table = this.indicators.figures(actor, region, year);
		model.addAttribute("table", table);
		model.addAttribute("rows", DashboardRows.of(table, indicator, actor.scope().value()));
		model.addAttribute("year", year);
		return "indicators/wall";
	}

	@GetMapping("/indicators/{code}/members")
	String members(Actor actor, @PathVariable String code, @RequestParam(required = false) String region,
			@RequestParam(required = false) String which, @RequestParam(required = false) Integer page, Model model) {
		IndicatorDefinition definition = known(code);
		FigureTable table = this.indicators.figures(actor, region, LocalDate.now(ZONE).getYear());
		model.addAttribute("definition", definition);
		model.addAttribute("figure", table.figure(code));
		model.addAttribute("region", table.regionCode());
		model.addAttribute("which", which == null ? "" : which);
		model.addAttribute("page", this.indicators.members(actor, code, table.regionCode(), which, PageQuery.of(page, 50)));
		return "indicators/members";
	}

	@GetMapping("/indicators/{code}/members/export.xlsx")
	void export(Actor actor, @PathVariable String code, @RequestParam(required = false) String region,
			@RequestParam(required = false) String which, Locale locale, HttpServletResponse response) {
		IndicatorDefinition definition = known(code);
		// Narrowed (and refused outside the jurisdiction) before the download starts.
		FigureTable table = this.indicators.figures(actor, region, LocalDate.now(ZONE).getYear());
		SpreadsheetExport sheet = SpreadsheetExport.attachment(response, "indicator-" + code + "-" + table.regionCode() + ".xlsx",
				word("indicators.members.sheet", locale),
				List.of(word("indicators.members.employer", locale), word("indicators.members.creditCode", locale),
						word("indicators.members.region", locale), word("indicators.members.numerator", locale),
						word("indicators.members.denominator", locale), word("indicators.members.met", locale)));
		this.indicators.forEachMember(actor, code, table.regionCode(), which, (Member m) -> sheet.row(m.name(),
				m.creditCode(), m.regionCode(), m.numerator(), m.denominator(),
				word(m.met() ? "indicators.yes" : "indicators.no", locale)));
		sheet.row();
		sheet.row(definition.name(locale), definition.populationText(locale));
		sheet.row(word("indicators.numerator", locale), definition.numeratorText(locale));
		sheet.row(word("indicators.denominator", locale), definition.denominatorText(locale));
		sheet.row(word("indicators.edition", locale), this.catalogTexts.edition("indicator-definitions", definition.edition(), locale));
		sheet.finish();
	}

	@GetMapping(value = "/indicators/map", produces = "application/geo+json")
	ResponseEntity<String> map(Actor actor, @RequestParam(required = false) String region) {
		return this.indicators.regionMap(actor, region)
			.map(json -> ResponseEntity.ok().contentType(MediaType.parseMediaType("application/geo+json")).body(json))
			.orElseThrow(() -> new NotFoundException("region-map", region));
	}

	private IndicatorDefinition known(String code) {
		return this.indicators.definition(code).orElseThrow(() -> new NotFoundException("indicator", code));
	}

	private String word(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
