package org.ohsonline.agency.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ohsonline.agency.Agencies;
import org.ohsonline.agency.AgencyFilter;
import org.ohsonline.agency.AgencyKind;
import org.ohsonline.agency.AgencyRef;
import org.ohsonline.agency.AgencyStatus;
import org.ohsonline.agency.AgencySummary;
import org.ohsonline.agency.ExamType;
import org.ohsonline.agency.JobType;
import org.ohsonline.agency.QualificationState;
import org.ohsonline.reference.Divisions;
import org.ohsonline.reference.HazardFactors;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Text;
import org.ohsonline.shared.web.SpreadsheetExport;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The list of agencies and institutions, its export, and 本机构 for their own staff. */
@Controller
@PreAuthorize("hasAuthority('agency:agency:read')")
class AgencyListController {

	static final String LIST = "agency/agencies";

	private static final List<String> EXPORT_COLUMNS = List.of("agency.agency.creditCode", "agency.agency.name",
			"agency.agency.kind", "agency.agency.regionCode", "agency.agency.region", "common.status",
			"agency.agency.certificateNumber", "agency.agency.validTo", "agency.agency.daysLeft",
			"agency.agency.qualification", "agency.agency.activeStaff");

	private final Agencies agencies;

	private final Divisions divisions;

	private final HazardFactors hazards;

	private final MessageSource messages;

	AgencyListController(Agencies agencies, Divisions divisions, HazardFactors hazards, MessageSource messages) {
		this.agencies = agencies;
		this.divisions = divisions;
		this.hazards = hazards;
		this.messages = messages;
	}

	@GetMapping("/agencies")
	String list(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) String region,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String status,
			@RequestParam(required = false) String qualification, @RequestParam(required = false) String service,
			@RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, HttpServletRequest request, Model model) {
		AgencyFilter filter = filter(q, region, kind, status, qualification, service, sort);
		model.addAttribute("filter", filter);
		model.addAttribute("page", this.agencies.search(actor, filter, PageQuery.of(page, size)));
		model.addAttribute("labels", new Labels(this.divisions, this.hazards));
		model.addAttribute("kinds", AgencyKind.values());
		model.addAttribute("statuses", AgencyStatus.values());
		model.addAttribute("states", QualificationState.values());
		model.addAttribute("jobTypes", JobType.values());
		model.addAttribute("examTypes", ExamType.values());
		model.addAttribute("scopeName", actor.scope().regionPrefix().map(this.divisions::fullName).orElse(""));
		String query = query(filter);
		model.addAttribute("base", "/agencies?" + query);
		model.addAttribute("exportUrl", "/agencies/export.xlsx?" + query);
		boolean htmx = request.getHeader("HX-Request") != null && request.getHeader("HX-Boosted") == null;
		return htmx ? LIST + " :: results" : LIST;
	}

	/** 本机构: staff land on their organisation (the first, when it holds several qualifications). */
	@GetMapping("/agencies/mine")
	String mine(Actor actor) {
		List<AgencyRef> own = this.agencies.ownedBy(actor.scope());
		if (own.isEmpty()) {
			if (actor.scope().regionPrefix().isPresent()) {
				return "redirect:/agencies";
			}
			throw new NotFoundException("agency", actor.scope().value());
		}
		return "redirect:/agencies/" + own.get(0).id();
	}

	/** Exactly the filtered list, streamed row by row. */
	@GetMapping("/agencies/export.xlsx")
	void export(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) String region,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String status,
			@RequestParam(required = false) String qualification, @RequestParam(required = false) String service,
			@RequestParam(required = false) String sort, Locale locale, HttpServletResponse response) {
		AgencyFilter filter = filter(q, region, kind, status, qualification, service, sort);
		Labels labels = new Labels(this.divisions, this.hazards);
		SpreadsheetExport sheet = SpreadsheetExport.attachment(response, "agencies.xlsx", message("agency.list.title", locale),
				EXPORT_COLUMNS.stream().map(column -> message(column, locale)).toList());
		this.agencies.forEach(actor, filter, agency -> sheet.row(agency.creditCode(), agency.name(),
				message("agency.kind." + agency.kind(), locale), agency.regionCode(), labels.region(agency.regionCode()),
				message("agency.status." + agency.status(), locale), agency.certificateNumber(), agency.validTo(),
				agency.daysLeft(), message("agency.qualification." + agency.qualification(), locale),
				agency.activeStaff()));
		sheet.finish();
	}

	static AgencyFilter filter(String q, String region, String kind, String status, String qualification,
			String service, String sort) {
		String knownService = Text.enumName(service, JobType.class) != null ? Text.enumName(service, JobType.class)
				: Text.enumName(service, ExamType.class);
		return new AgencyFilter(Text.blankToNull(q), Text.blankToNull(region), Text.enumName(kind, AgencyKind.class), Text.enumName(status, AgencyStatus.class),
				Text.enumName(qualification, QualificationState.class), knownService, Text.blankToNull(sort));
	}

	static String query(AgencyFilter filter) {
		return UriComponentsBuilder.newInstance()
			.queryParam("q", Text.nullToEmpty(filter.q()))
			.queryParam("region", Text.nullToEmpty(filter.region()))
			.queryParam("kind", Text.nullToEmpty(filter.kind()))
			.queryParam("status", Text.nullToEmpty(filter.status()))
			.queryParam("qualification", Text.nullToEmpty(filter.qualification()))
			.queryParam("service", Text.nullToEmpty(filter.service()))
			.queryParam("sort", Text.nullToEmpty(filter.sort()))
			.encode()
			.build()
			.getQuery();
	}

	private String message(String code, Locale locale) {
		return this.messages.getMessage(code, null, code, locale);
	}

}
