package org.ohsonline.registry.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ohsonline.reference.Divisions;
import org.ohsonline.reference.HazardFactors;
import org.ohsonline.reference.Industries;
import org.ohsonline.reference.Industry;
import org.ohsonline.reference.Severity;
import org.ohsonline.reference.SizeClass;
import org.ohsonline.registry.EmployerFilter;
import org.ohsonline.registry.EmployerStatus;
import org.ohsonline.registry.EmployerSummary;
import org.ohsonline.registry.Employers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.Text;
import org.ohsonline.shared.web.SpreadsheetExport;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The employer list and its export. The size-class filter travels as {@code sizeClass} because
 * {@code size} is the page size.
 */
@Controller
@PreAuthorize("hasAuthority('registry:employer:read')")
class EmployerListController {

	static final String LIST = "registry/employers";

	/** Columns of the export, as message keys; the same order as {@link #cells}. */
	private static final List<String> EXPORT_COLUMNS = List.of("registry.employer.creditCode", "registry.employer.name",
			"registry.employer.regionCode", "registry.employer.region", "registry.employer.industryCode",
			"registry.employer.industry", "registry.employer.employees", "registry.employer.sizeClass",
			"registry.employer.severity", "registry.employer.status");

	private final Employers employers;

	private final Divisions divisions;

	private final Industries industries;

	private final HazardFactors hazards;

	private final MessageSource messages;

	EmployerListController(Employers employers, Divisions divisions, Industries industries, HazardFactors hazards,
			MessageSource messages) {
		this.employers = employers;
		this.divisions = divisions;
		this.industries = industries;
		this.hazards = hazards;
		this.messages = messages;
	}

	@GetMapping("/employers")
	String list(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) String region,
			@RequestParam(required = false) String industry, @RequestParam(required = false) String sizeClass,
			@RequestParam(required = false) String severity, @RequestParam(required = false) String status,
			@RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, HttpServletRequest request, Model model) {
		EmployerFilter filter = filter(q, region, industry, sizeClass, severity, status, sort);
		model.addAttribute("filter", filter);
		model.addAttribute("page", this.employers.search(actor, filter, PageQuery.of(page, size)));
		model.addAttribute("names", new Names(this.divisions, this.industries, this.hazards));
		model.addAttribute("industryGroups", industryOptions());
		model.addAttribute("sizeClasses", SizeClass.values());
		model.addAttribute("severities", Severity.values());
		model.addAttribute("statuses", EmployerStatus.values());
		model.addAttribute("scopeName", actor.scope().regionPrefix().map(this.divisions::fullName).orElse(""));
		String query = query(filter);
		model.addAttribute("base", "/employers?" + query);
		model.addAttribute("exportUrl", "/employers/export.xlsx?" + query);
		boolean htmx = request.getHeader("HX-Request") != null && request.getHeader("HX-Boosted") == null;
		return htmx ? LIST + " :: results" : LIST;
	}

	/** 本单位: an employer's staff land on their employer's case; anyone else on the list. */
	@GetMapping("/employers/mine")
	String mine(Actor actor) {
		if (actor.scope().kind() != Scope.Kind.EMPLOYER) {
			return "redirect:/employers";
		}
		List<EmployerSummary> own = this.employers
			.search(actor, new EmployerFilter(actor.scope().value(), null, null, null, null, null, null), PageQuery.of(1, 2))
			.items();
		if (own.isEmpty()) {
			throw new NotFoundException("employer", actor.scope().value());
		}
		return "redirect:/employers/" + own.get(0).id();
	}

	/** Exactly the filtered list, streamed row by row so a province-wide export fits in memory. */
	@GetMapping("/employers/export.xlsx")
	void export(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) String region,
			@RequestParam(required = false) String industry, @RequestParam(required = false) String sizeClass,
			@RequestParam(required = false) String severity, @RequestParam(required = false) String status,
			@RequestParam(required = false) String sort, Locale locale, HttpServletResponse response) {
		EmployerFilter filter = filter(q, region, industry, sizeClass, severity, status, sort);
		Names names = new Names(this.divisions, this.industries, this.hazards);
		SpreadsheetExport sheet = SpreadsheetExport.attachment(response, "employers.xlsx",
				message("registry.employer.list.title", locale),
				EXPORT_COLUMNS.stream().map(column -> message(column, locale)).toList());
		this.employers.forEach(actor, filter, employer -> sheet.row(cells(employer, names, locale)));
		sheet.finish();
	}

	/** Codes stay text (0610 keeps its leading zero); the headcount is a number. */
	private List<Object> cells(EmployerSummary employer, Names names, Locale locale) {
		return List.of(employer.creditCode(), employer.name(), employer.regionCode(), names.region(employer.regionCode()),
				employer.industryCode(), names.industry(employer.industryCode()), employer.employees(),
				employer.sizeClass() == null ? "" : message("registry.sizeClass." + employer.sizeClass(), locale),
				employer.severity() == null ? "" : message("registry.severity." + employer.severity(), locale),
				message("registry.status." + employer.status(), locale));
	}

	static EmployerFilter filter(String q, String region, String industry, String sizeClass, String severity,
			String status, String sort) {
		return new EmployerFilter(Text.blankToNull(q), Text.blankToNull(region), Text.blankToNull(industry), Text.enumName(sizeClass, SizeClass.class),
				Text.enumName(severity, Severity.class), Text.enumName(status, EmployerStatus.class), Text.blankToNull(sort));
	}

	static String query(EmployerFilter filter) {
		return UriComponentsBuilder.newInstance()
			.queryParam("q", Text.nullToEmpty(filter.q()))
			.queryParam("region", Text.nullToEmpty(filter.region()))
			.queryParam("industry", Text.nullToEmpty(filter.industry()))
			.queryParam("sizeClass", Text.nullToEmpty(filter.size()))
			.queryParam("severity", Text.nullToEmpty(filter.severity()))
			.queryParam("status", Text.nullToEmpty(filter.status()))
			.queryParam("sort", Text.nullToEmpty(filter.sort()))
			.encode()
			.build()
			.getQuery();
	}

	/** Industry divisions (大类) grouped by section (门类). */
	private List<IndustryGroup> industryOptions() {
		List<IndustryGroup> groups = new ArrayList<>();
		for (Industry section : this.industries.childIndustries("")) {
			groups.add(new IndustryGroup(section, this.industries.childIndustries(section.code())));
		}
		return groups;
	}

	record IndustryGroup(Industry section, List<Industry> divisions) {
	}

	private String message(String code, Locale locale) {
		return this.messages.getMessage(code, null, code, locale);
	}

}
