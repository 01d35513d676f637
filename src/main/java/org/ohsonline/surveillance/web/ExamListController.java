package org.ohsonline.surveillance.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ohsonline.agency.ExamType;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.web.SpreadsheetExport;
import org.ohsonline.surveillance.ExamConclusion;
import org.ohsonline.surveillance.ExamFilter;
import org.ohsonline.surveillance.Exams;
import org.ohsonline.surveillance.api.ExamFilters;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The exam list: filters, sort, paging, export of exactly what is filtered. */
@Controller
@PreAuthorize("hasAuthority('surveillance:exam:read')")
class ExamListController {

	static final String LIST = "surveillance/exams";

	private static final List<String> EXPORT_COLUMNS = List.of("surveillance.exam.number", "surveillance.exam.examinedOn",
			"surveillance.exam.type", "surveillance.exam.worker", "surveillance.exam.idNumber", "surveillance.exam.employer",
			"surveillance.exam.region", "surveillance.exam.institution", "surveillance.exam.hazards",
			"surveillance.exam.worst", "surveillance.exam.thresholdShift");

	private final Exams exams;

	private final MessageSource messages;

	ExamListController(Exams exams, MessageSource messages) {
		this.exams = exams;
		this.messages = messages;
	}

	@GetMapping("/surveillance/exams")
	String list(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) String region,
			@RequestParam(required = false) String type, @RequestParam(required = false) String conclusion,
			@RequestParam(required = false) String hazard,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long employerId, @RequestParam(required = false) Long workerId,
			@RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, HttpServletRequest request, Model model) {
		ExamFilter filter = ExamFilters.of(q, region, type, conclusion, hazard, from, to, employerId, workerId, sort);
		model.addAttribute("filter", filter);
		model.addAttribute("page", this.exams.search(actor, filter, PageQuery.of(page, size)));
		model.addAttribute("types", ExamType.values());
		model.addAttribute("conclusions", ExamConclusion.values());
		String query = query(filter);
		model.addAttribute("base", "/surveillance/exams?" + query);
		model.addAttribute("exportUrl", "/surveillance/exams/export.xlsx?" + query);
		model.addAttribute("exportXmlUrl", "/surveillance/exams/export.xml?" + query);
		boolean htmx = request.getHeader("HX-Request") != null && request.getHeader("HX-Boosted") == null;
		return htmx ? LIST + " :: results" : LIST;
	}

	@GetMapping("/surveillance/exams/export.xlsx")
	void export(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) String region,
			@RequestParam(required = false) String type, @RequestParam(required = false) String conclusion,
			@RequestParam(required = false) String hazard,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long employerId, @RequestParam(required = false) Long workerId,
			@RequestParam(required = false) String sort, Locale locale, HttpServletResponse response) {
		ExamFilter filter = ExamFilters.of(q, region, type, conclusion, hazard, from, to, employerId, workerId, sort);
		SpreadsheetExport sheet = SpreadsheetExport.attachment(response, "exams.xlsx",
				message("surveillance.exams.title", locale), EXPORT_COLUMNS.stream().map(c -> message(c, locale)).toList());
		this.exams.forEach(actor, filter, e -> sheet.row(e.number(), e.examinedOn(),
				message("surveillance.examType." + e.examType(), locale), e.workerName(), e.idNumberMasked(),
				e.employerName(), e.regionCode(), e.institutionName(), e.hazards(),
				e.worst() == null ? null : message("surveillance.conclusion." + e.worst(), locale),
				e.thresholdShift() == null ? null
						: message(e.thresholdShift() ? "surveillance.exam.shiftFound" : "surveillance.exam.shiftNone",
								locale)));
		sheet.finish();
	}

	static String query(ExamFilter filter) {
		return UriComponentsBuilder.newInstance()
			.queryParam("q", empty(filter.q()))
			.queryParam("region", empty(filter.region()))
			.queryParam("type", empty(filter.type()))
			.queryParam("conclusion", empty(filter.conclusion()))
			.queryParam("hazard", empty(filter.hazard()))
			.queryParam("from", filter.from() == null ? "" : filter.from().toString())
			.queryParam("to", filter.to() == null ? "" : filter.to().toString())
			.queryParam("employerId", filter.employerId() == null ? "" : filter.employerId().toString())
			.queryParam("workerId", filter.workerId() == null ? "" : filter.workerId().toString())
			.queryParam("sort", empty(filter.sort()))
			.encode()
			.build()
			.getQuery();
	}

	private String message(String code, Locale locale) {
		return this.messages.getMessage(code, null, code, locale);
	}

	static String empty(String value) {
		return value == null ? "" : value;
	}

}
