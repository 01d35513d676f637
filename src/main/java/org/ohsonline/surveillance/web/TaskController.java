package org.ohsonline.surveillance.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.web.SpreadsheetExport;
import org.ohsonline.surveillance.ExamTaskKind;
import org.ohsonline.surveillance.ExamTasks;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** Job transfers and suspected-disease reports: the list with clocks, one task, and its completion. */
@Controller
@PreAuthorize("hasAuthority('surveillance:exam:read')")
class TaskController {

	static final String LIST = "surveillance/tasks";

	static final String DETAIL = "surveillance/task";

	private static final List<String> EXPORT_COLUMNS = List.of("surveillance.task.kind", "surveillance.exam.worker",
			"surveillance.exam.employer", "surveillance.exam.region", "surveillance.exam.hazard",
			"surveillance.exam.number", "surveillance.due.dueOn", "surveillance.task.state", "surveillance.task.doneOn",
			"surveillance.task.outcome");

	private final ExamTasks tasks;

	private final MessageSource messages;

	TaskController(ExamTasks tasks, MessageSource messages) {
		this.tasks = tasks;
		this.messages = messages;
	}

	@GetMapping("/surveillance/tasks")
	String list(Actor actor, @RequestParam(required = false) String region, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String state, @RequestParam(required = false) Long employerId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			HttpServletRequest request, Model model) {
		String query = UriComponentsBuilder.newInstance()
			.queryParam("region", region == null ? "" : region)
			.queryParam("kind", kind == null ? "" : kind)
			.queryParam("state", state == null ? "" : state)
			.queryParam("employerId", employerId == null ? "" : employerId.toString())
			.encode()
			.build()
			.getQuery();
		model.addAttribute("page", this.tasks.search(actor, region, kind, state, employerId, PageQuery.of(page, size)));
		model.addAttribute("kinds", ExamTaskKind.values());
		model.addAttribute("kind", kind);
		model.addAttribute("state", state);
		model.addAttribute("region", region);
		model.addAttribute("employerId", employerId);
		model.addAttribute("base", "/surveillance/tasks?" + query);
		model.addAttribute("exportUrl", "/surveillance/tasks/export.xlsx?" + query);
		boolean htmx = request.getHeader("HX-Request") != null && request.getHeader("HX-Boosted") == null;
		return htmx ? LIST + " :: results" : LIST;
	}

	@GetMapping("/surveillance/tasks/export.xlsx")
	void export(Actor actor, @RequestParam(required = false) String region, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String state, @RequestParam(required = false) Long employerId, Locale locale,
			HttpServletResponse response) {
		SpreadsheetExport sheet = SpreadsheetExport.attachment(response, "exam-tasks.xlsx",
				message("surveillance.tasks.title", locale), EXPORT_COLUMNS.stream().map(c -> message(c, locale)).toList());
		this.tasks.forEach(actor, region, kind, state, employerId,
				t -> sheet.row(message("surveillance.taskKind." + t.kind(), locale), t.workerName(), t.employerName(),
						t.regionCode(), t.hazardName(), t.examNumber(), t.dueOn(),
						message(t.done() ? "surveillance.task.done" : "surveillance.task.open", locale), t.doneOn(),
						t.outcome()));
		sheet.finish();
	}

	@GetMapping("/surveillance/tasks/{id}")
	String show(Actor actor, @PathVariable long id, Model model) {
		model.addAttribute("task", this.tasks.find(actor, id));
		model.addAttribute("today", LocalDate.now());
		return DETAIL;
	}

	@PostMapping("/surveillance/tasks/{id}/complete")
	@PreAuthorize("hasAuthority('surveillance:task:write')")
	String complete(Actor actor, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate doneOn,
			@RequestParam(required = false) String outcome, Model model, RedirectAttributes redirect) {
		try {
			this.tasks.complete(actor, id, doneOn, outcome);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("task", this.tasks.find(actor, id));
			model.addAttribute("errors", ex.errors());
			model.addAttribute("doneOn", doneOn);
			model.addAttribute("outcome", outcome);
			return DETAIL;
		}
		redirect.addFlashAttribute("flashKey", "surveillance.task.completed");
		return "redirect:/surveillance/tasks/" + id;
	}

	private String message(String code, Locale locale) {
		return this.messages.getMessage(code, null, code, locale);
	}

}
