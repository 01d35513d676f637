package org.ohsonline.diagnosis.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ohsonline.shared.Text;
import org.ohsonline.diagnosis.CaseFilter;
import org.ohsonline.diagnosis.CaseStatus;
import org.ohsonline.diagnosis.Diagnoses;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.web.SpreadsheetExport;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The case list (filters, sort, paging, export of exactly what is filtered) with the open
 * referrals of suspected diseases above it.
 */
@Controller
@PreAuthorize("hasAuthority('diagnosis:case:read')")
class CaseListController {

	static final String LIST = "diagnosis/cases";

	private static final List<String> EXPORT_COLUMNS = List.of("diagnosis.number", "diagnosis.worker",
			"diagnosis.idNumber", "diagnosis.employer", "diagnosis.region", "diagnosis.institution",
			"diagnosis.applicant", "diagnosis.appliedOn", "common.status", "diagnosis.disease", "diagnosis.final",
			"diagnosis.clock.due");

	private final Diagnoses diagnoses;

	private final DiagnosisRegions regions;

	private final MessageSource messages;

	CaseListController(Diagnoses diagnoses, DiagnosisRegions regions, MessageSource messages) {
		this.diagnoses = diagnoses;
		this.regions = regions;
		this.messages = messages;
	}

	@GetMapping("/diagnosis/cases")
	String list(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) String region,
			@RequestParam(required = false) String status, @RequestParam(required = false) String sort,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			HttpServletRequest request, Model model) {
		CaseFilter filter = filter(q, region, status, sort);
		model.addAttribute("filter", filter);
		model.addAttribute("page", this.diagnoses.search(actor, filter, PageQuery.of(page, size)));
		model.addAttribute("referrals", this.diagnoses.openReferrals(actor, filter.region(), PageQuery.of(1, 10)));
		model.addAttribute("scopeName", this.regions.scopeName(actor));
		model.addAttribute("statuses", CaseStatus.values());
		String query = Web.query("q", filter.q(), "region", filter.region(), "status", filter.status(), "sort", filter.sort());
		model.addAttribute("base", "/diagnosis/cases?" + query);
		model.addAttribute("exportUrl", "/diagnosis/cases/export.xlsx?" + query);
		boolean htmx = request.getHeader("HX-Request") != null && request.getHeader("HX-Boosted") == null;
		return htmx ? LIST + " :: results" : LIST;
	}

	@GetMapping("/diagnosis/cases/export.xlsx")
	void export(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) String region,
			@RequestParam(required = false) String status, @RequestParam(required = false) String sort, Locale locale,
			HttpServletResponse response) {
		SpreadsheetExport sheet = SpreadsheetExport.attachment(response, "diagnosis-cases.xlsx",
				Web.message(this.messages, "diagnosis.list.title", locale),
				EXPORT_COLUMNS.stream().map(c -> Web.message(this.messages, c, locale)).toList());
		this.diagnoses.forEach(actor, filter(q, region, status, sort),
				c -> sheet.row(c.number(), c.workerNameMasked(), c.workerIdMasked(), c.employerName(),
						this.regions.name(c.regionCode()), c.institutionName(),
						Web.message(this.messages, "diagnosis.applicant." + c.applicant(), locale), c.appliedOn(),
						Web.message(this.messages, "diagnosis.status." + c.status(), locale), c.diseaseName(),
						c.outcomeFinal() ? Web.message(this.messages, "diagnosis.finalYes", locale) : "",
						c.runningDeadline() == null ? null : c.runningDeadline().dueOn()));
		sheet.finish();
	}

	static CaseFilter filter(String q, String region, String status, String sort) {
		return new CaseFilter(Text.blankToNull(q), Text.blankToNull(region), Text.enumName(status, CaseStatus.class), null, null, Text.blankToNull(sort));
	}

}
