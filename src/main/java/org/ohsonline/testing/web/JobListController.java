package org.ohsonline.testing.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ohsonline.agency.JobType;
import org.ohsonline.reference.Divisions;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Text;
import org.ohsonline.shared.web.SpreadsheetExport;
import org.ohsonline.testing.JobFilter;
import org.ohsonline.testing.JobStatus;
import org.ohsonline.testing.TestingJobs;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The testing job list: filters, sort, paging, and the Excel export of exactly what is filtered. */
@Controller
@PreAuthorize("hasAuthority('testing:job:read')")
class JobListController {

	static final String LIST = "testing/jobs";

	private static final List<String> EXPORT_COLUMNS = List.of("testing.number", "testing.jobType", "testing.employer",
			"testing.creditCode", "testing.region", "testing.agency", "common.status", "testing.samplingFrom",
			"testing.samplingTo", "testing.resultCount", "testing.failingPosts", "testing.reviewedOn");

	private final TestingJobs jobs;

	private final Divisions divisions;

	private final MessageSource messages;

	JobListController(TestingJobs jobs, Divisions divisions, MessageSource messages) {
		this.jobs = jobs;
		this.divisions = divisions;
		this.messages = messages;
	}

	@GetMapping("/testing/jobs")
	String list(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) String region,
			@RequestParam(required = false) Long employerId, @RequestParam(required = false) Long agencyId,
			@RequestParam(required = false) String jobType, @RequestParam(required = false) String status,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, HttpServletRequest request, Model model) {
		JobFilter filter = filter(q, region, employerId, agencyId, jobType, status, from, to, sort);
		model.addAttribute("filter", filter);
		model.addAttribute("page", this.jobs.search(actor, filter, PageQuery.of(page, size)));
		model.addAttribute("scopeName", actor.scope().regionPrefix().map(this.divisions::fullName).orElse(""));
		model.addAttribute("statuses", JobStatus.values());
		model.addAttribute("jobTypes", JobType.values());
		String query = query(filter);
		model.addAttribute("base", "/testing/jobs?" + query);
		model.addAttribute("exportUrl", "/testing/jobs/export.xlsx?" + query);
		boolean htmx = request.getHeader("HX-Request") != null && request.getHeader("HX-Boosted") == null;
		return htmx ? LIST + " :: results" : LIST;
	}

	@GetMapping("/testing/jobs/export.xlsx")
	void export(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) String region,
			@RequestParam(required = false) Long employerId, @RequestParam(required = false) Long agencyId,
			@RequestParam(required = false) String jobType, @RequestParam(required = false) String status,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String sort, Locale locale, HttpServletResponse response) {
		JobFilter filter = filter(q, region, employerId, agencyId, jobType, status, from, to, sort);
		SpreadsheetExport sheet = SpreadsheetExport.attachment(response, message("testing.list.file", locale),
				message("testing.list.title", locale), EXPORT_COLUMNS.stream().map(c -> message(c, locale)).toList());
		this.jobs.forEach(actor, filter, j -> sheet.row(j.number(), message("testing.jobType." + j.jobType(), locale),
				j.employerName(), j.creditCode(), this.divisions.fullName(j.regionCode()), j.agencyName(),
				message("testing.status." + j.status(), locale), j.samplingFrom(), j.samplingTo(), j.results(),
				j.nonCompliantPosts(), j.reviewedOn()));
		sheet.finish();
	}

	static JobFilter filter(String q, String region, Long employerId, Long agencyId, String jobType, String status,
			LocalDate from, LocalDate to, String sort) {
		return new JobFilter(Text.blankToNull(q), Text.blankToNull(region), employerId, agencyId,
				Text.enumName(jobType, JobType.class), Text.enumName(status, JobStatus.class), from, to,
				Text.blankToNull(sort));
	}

	static String query(JobFilter filter) {
		return UriComponentsBuilder.newInstance()
			.queryParam("q", Text.nullToEmpty(filter.q()))
			.queryParam("region", Text.nullToEmpty(filter.region()))
			.queryParam("employerId", filter.employerId() == null ? "" : filter.employerId().toString())
			.queryParam("agencyId", filter.agencyId() == null ? "" : filter.agencyId().toString())
			.queryParam("jobType", Text.nullToEmpty(filter.jobType()))
			.queryParam("status", Text.nullToEmpty(filter.status()))
			.queryParam("from", filter.from() == null ? "" : filter.from().toString())
			.queryParam("to", filter.to() == null ? "" : filter.to().toString())
			.queryParam("sort", Text.nullToEmpty(filter.sort()))
			.encode()
			.build()
			.getQuery();
	}

	private String message(String code, Locale locale) {
		return this.messages.getMessage(code, null, code, locale);
	}

}
