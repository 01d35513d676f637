package org.ohsonline.surveillance.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.web.SpreadsheetExport;
import org.ohsonline.surveillance.ExamDueFilter;
import org.ohsonline.surveillance.ExamDueKind;
import org.ohsonline.surveillance.ExamSchedules;
import org.ohsonline.surveillance.api.ExamFilters;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** Exams due and overdue per employer and jurisdiction, with their clocks; export of what is filtered. */
@Controller
@PreAuthorize("hasAuthority('surveillance:exam:read')")
class DueController {

	static final String LIST = "surveillance/due";

	private static final List<String> EXPORT_COLUMNS = List.of("surveillance.due.kind", "surveillance.exam.worker",
			"surveillance.exam.employer", "surveillance.exam.creditCode", "surveillance.exam.region",
			"surveillance.exam.hazard", "surveillance.due.dueOn", "surveillance.due.daysLeft", "surveillance.due.basis");

	private final ExamSchedules schedules;

	private final MessageSource messages;

	private final DueBases bases;

	DueController(ExamSchedules schedules, MessageSource messages, DueBases bases) {
		this.schedules = schedules;
		this.messages = messages;
		this.bases = bases;
	}

	@GetMapping("/surveillance/due")
	String list(Actor actor, @RequestParam(required = false) String region,
			@RequestParam(required = false) Long employerId, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String hazard, @RequestParam(required = false) String state,
			@RequestParam(required = false) Integer withinDays, @RequestParam(required = false) String q,
			@RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, HttpServletRequest request, Model model) {
		ExamDueFilter filter = ExamFilters.due(region, employerId, kind, hazard, state, withinDays, q, sort);
		model.addAttribute("filter", filter);
		model.addAttribute("page", this.schedules.due(actor, filter, PageQuery.of(page, size)));
		model.addAttribute("kinds", ExamDueKind.values());
		String query = query(filter);
		model.addAttribute("base", "/surveillance/due?" + query);
		model.addAttribute("exportUrl", "/surveillance/due/export.xlsx?" + query);
		boolean htmx = request.getHeader("HX-Request") != null && request.getHeader("HX-Boosted") == null;
		return htmx ? LIST + " :: results" : LIST;
	}

	@GetMapping("/surveillance/due/export.xlsx")
	void export(Actor actor, @RequestParam(required = false) String region,
			@RequestParam(required = false) Long employerId, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String hazard, @RequestParam(required = false) String state,
			@RequestParam(required = false) Integer withinDays, @RequestParam(required = false) String q,
			@RequestParam(required = false) String sort, Locale locale, HttpServletResponse response) {
		ExamDueFilter filter = ExamFilters.due(region, employerId, kind, hazard, state, withinDays, q, sort);
		SpreadsheetExport sheet = SpreadsheetExport.attachment(response, "exams-due.xlsx",
				message("surveillance.due.title", locale), EXPORT_COLUMNS.stream().map(c -> message(c, locale)).toList());
		this.schedules.forEach(actor, filter, i -> sheet.row(message("surveillance.dueKind." + i.kind(), locale),
				i.workerName(), i.employerName(), i.creditCode(), i.regionCode(), i.hazardName(), i.deadline().dueOn(),
				i.deadline().daysLeft(), this.bases.label(i.kind(), i.basis(), locale)));
		sheet.finish();
	}

	/** Recomputes an employer's exams due from the register (posts, workforce) and the exams on record. */
	@PostMapping("/surveillance/due/employers/{employerId}/recompute")
	@PreAuthorize("hasAuthority('surveillance:due:write')")
	String recompute(Actor actor, @PathVariable long employerId, RedirectAttributes redirect) {
		this.schedules.recompute(actor, employerId);
		redirect.addFlashAttribute("flashKey", "surveillance.due.recomputed");
		return "redirect:/surveillance/due?employerId=" + employerId;
	}

	static String query(ExamDueFilter filter) {
		return UriComponentsBuilder.newInstance()
			.queryParam("region", ExamListController.empty(filter.region()))
			.queryParam("employerId", filter.employerId() == null ? "" : filter.employerId().toString())
			.queryParam("kind", ExamListController.empty(filter.kind()))
			.queryParam("hazard", ExamListController.empty(filter.hazard()))
			.queryParam("state", ExamListController.empty(filter.state()))
			.queryParam("withinDays", filter.withinDays() == null ? "" : filter.withinDays().toString())
			.queryParam("q", ExamListController.empty(filter.q()))
			.queryParam("sort", ExamListController.empty(filter.sort()))
			.encode()
			.build()
			.getQuery();
	}

	private String message(String code, Locale locale) {
		return this.messages.getMessage(code, null, code, locale);
	}

}
