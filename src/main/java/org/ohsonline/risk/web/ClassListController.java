package org.ohsonline.risk.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.ohsonline.reference.Divisions;
import org.ohsonline.risk.HazardLevel;
import org.ohsonline.risk.Light;
import org.ohsonline.risk.ManagementGrade;
import org.ohsonline.risk.PortraitFilter;
import org.ohsonline.risk.PortraitSummary;
import org.ohsonline.risk.RiskClass;
import org.ohsonline.risk.RiskPortraits;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.web.SpreadsheetExport;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The class list (风险分类): employers in scope with their class, light and the counts behind them. */
@Controller
@PreAuthorize("hasAuthority('risk:portrait:read')")
class ClassListController {

	static final String LIST = "risk/classes";

	private final RiskPortraits portraits;

	private final Divisions divisions;

	private final MessageSource messages;

	ClassListController(RiskPortraits portraits, Divisions divisions, MessageSource messages) {
		this.portraits = portraits;
		this.divisions = divisions;
		this.messages = messages;
	}

	@GetMapping("/risk/classes")
	String list(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) String region,
			@RequestParam(required = false) RiskClass riskClass, @RequestParam(required = false) Light light,
			@RequestParam(required = false) HazardLevel hazardLevel, @RequestParam(required = false) ManagementGrade grade,
			@RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		PortraitFilter filter = new PortraitFilter(q, region, riskClass, light, hazardLevel, grade, null, sort);
		model.addAttribute("page", this.portraits.search(actor, filter, PageQuery.of(page, 20)));
		model.addAttribute("filter", filter);
		model.addAttribute("classes", RiskClass.values());
		model.addAttribute("lights", Light.values());
		model.addAttribute("query", query(filter));
		model.addAttribute("base", "/risk/classes?" + query(filter));
		return htmx != null ? LIST + " :: results" : LIST;
	}

	@GetMapping("/risk/classes/export.xlsx")
	void export(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) String region,
			@RequestParam(required = false) RiskClass riskClass, @RequestParam(required = false) Light light,
			@RequestParam(required = false) HazardLevel hazardLevel, @RequestParam(required = false) ManagementGrade grade,
			@RequestParam(required = false) String sort, Locale locale, HttpServletResponse response) {
		PortraitFilter filter = new PortraitFilter(q, region, riskClass, light, hazardLevel, grade, null, sort);
		List<String> columns = List.of("risk.list.employer", "registry.employer.creditCode", "risk.list.region",
				"risk.list.class", "risk.list.light", "risk.list.level", "risk.list.grade", "risk.classification.score",
				"risk.classification.exposed", "risk.classification.exceedances", "risk.classification.overdueTests",
				"risk.list.openItems", "risk.list.assessedOn", "risk.classification.nextDue", "risk.overridden");
		SpreadsheetExport sheet = SpreadsheetExport.attachment(response, "risk-classes.xlsx",
				Words.of(this.messages, "risk.list.title", locale),
				columns.stream().map(c -> Words.of(this.messages, c, locale)).toList());
		this.portraits.forEach(actor, filter, line -> sheet.row(cells(line, locale)));
		sheet.finish();
	}

	private List<Object> cells(PortraitSummary line, Locale locale) {
		return Arrays.asList(line.name(), line.creditCode(), this.divisions.fullName(line.regionCode()),
				line.riskClass() == null ? Words.of(this.messages, "risk.unclassified", locale)
						: Words.of(this.messages, "risk.class." + line.riskClass(), locale),
				line.light() == null ? "" : Words.of(this.messages, "risk.light." + line.light(), locale),
				line.hazardLevel() == null ? "" : Words.of(this.messages, "risk.level." + line.hazardLevel(), locale),
				line.grade() == null ? "" : line.grade().name(), line.score(), line.exposed(), line.exceedances(),
				line.overdueTests(), line.openItems(), line.assessedOn(), line.nextDueOn(), line.overridden());
	}

	static String query(PortraitFilter filter) {
		return UriComponentsBuilder.newInstance()
			.queryParam("q", filter.q() == null ? "" : filter.q())
			.queryParam("region", filter.region() == null ? "" : filter.region())
			.queryParam("riskClass", filter.riskClass() == null ? "" : filter.riskClass().name())
			.queryParam("light", filter.light() == null ? "" : filter.light().name())
			.queryParam("hazardLevel", filter.hazardLevel() == null ? "" : filter.hazardLevel().name())
			.queryParam("grade", filter.grade() == null ? "" : filter.grade().name())
			.queryParam("sort", filter.sort() == null ? "" : filter.sort())
			.encode()
			.build()
			.getQuery();
	}

}
