package org.ohsonline.cdcmonitoring.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ohsonline.cdcmonitoring.MonitoringProjects;
import org.ohsonline.cdcmonitoring.MonitoringSurveys;
import org.ohsonline.cdcmonitoring.QcCheckView;
import org.ohsonline.cdcmonitoring.QcResolution;
import org.ohsonline.cdcmonitoring.SampledEmployer;
import org.ohsonline.cdcmonitoring.SurveyView;
import org.ohsonline.cdcmonitoring.TaskFilter;
import org.ohsonline.cdcmonitoring.TaskView;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The tasks in scope (a county CDC its county's, the city CDC its counties', an agency its own), a task with its
 * sampled employers, and a sampled employer's survey: the entry form for the task's doer, the values once entered,
 * the quality-control re-check and the resolution of a disagreement.
 */
@Controller
@PreAuthorize("hasAuthority('cdcmonitoring:project:read')")
class MonitoringTaskController {

	/** Form fields carry the form's field code after this prefix, so no other parameter is taken for an answer. */
	static final String FIELD = "f_";

	private final MonitoringSurveys surveys;

	private final MonitoringProjects projects;

	private final org.springframework.context.MessageSource messages;

	MonitoringTaskController(MonitoringSurveys surveys, MonitoringProjects projects,
			org.springframework.context.MessageSource messages) {
		this.surveys = surveys;
		this.projects = projects;
		this.messages = messages;
	}

	/** The list's filter fields, bound as one record. */
	record ListFilter(String region, Integer year, Boolean open) {

		TaskFilter filter() {
			return new TaskFilter(region, year, Boolean.TRUE.equals(open));
		}

		String query() {
			return UriComponentsBuilder.newInstance()
				.queryParam("region", region == null ? "" : region)
				.queryParam("year", year == null ? "" : year)
				.queryParam("open", Boolean.TRUE.equals(open) ? "true" : "")
				.encode()
				.build()
				.getQuery();
		}

	}

	@GetMapping("/cdc/monitoring-tasks")
	String list(Actor actor, ListFilter filter, @RequestParam(required = false) Integer page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("page", this.surveys.tasks(actor, filter.filter(), PageQuery.of(page, 20)));
		model.addAttribute("filter", filter);
		model.addAttribute("region", filter.region());
		model.addAttribute("today", LocalDate.now(ZoneId.of("Asia/Shanghai")));
		model.addAttribute("base", "/cdc/monitoring-tasks?" + filter.query());
		return htmx != null ? "cdcmonitoring/tasks :: results" : "cdcmonitoring/tasks";
	}

	@GetMapping("/cdc/monitoring-tasks/{id}")
	String task(Actor actor, @PathVariable long id, Model model) {
		TaskView task = this.surveys.task(actor, id);
		List<SampledEmployer> sample = this.surveys.sample(actor, id);
		model.addAttribute("task", task);
		model.addAttribute("sample", sample);
		model.addAttribute("today", LocalDate.now(ZoneId.of("Asia/Shanghai")));
		model.addAttribute("canUpload", doer(actor, task) && !this.projects.find(actor, task.projectId()).closed()
				&& sample.stream().anyMatch(s -> s.surveyId() == null));
		return "cdcmonitoring/task";
	}

	/** Whether the actor enters the task's surveys: the county's CDC users for a CDC task, the organisation's staff for its own. */
	private static boolean doer(Actor actor, TaskView task) {
		return actor.can("cdcmonitoring:survey:write") && (task.agencyId() == null
				? actor.scope().kind() == Scope.Kind.REGION && actor.scope().coversRegion(task.countyCode())
				: actor.scope().kind() != Scope.Kind.REGION);
	}

	@GetMapping("/cdc/monitoring-tasks/{id}/template.xlsx")
	@PreAuthorize("hasAuthority('cdcmonitoring:survey:write')")
	void template(Actor actor, @PathVariable long id, java.util.Locale locale, jakarta.servlet.http.HttpServletResponse response) {
		TaskView task = this.surveys.task(actor, id);
		List<org.ohsonline.cdcmonitoring.FormField> fields = this.projects.form(actor, task.projectId());
		List<SampledEmployer> sample = this.surveys.sample(actor, id);
		org.ohsonline.shared.web.SpreadsheetExport sheet = org.ohsonline.shared.web.SpreadsheetExport.attachment(response,
				"monitoring-task-" + id + "-template.xlsx", this.messages.getMessage("cdcmonitoring.upload.sheet", null, locale),
				SurveyWorkbook.headers(fields, key -> this.messages.getMessage(key, null, key, locale)));
		SurveyWorkbook.template(sheet, sample, fields);
	}

	/** A refusal of an upload as the task page lists it: the sheet's row (or none for the file), and the reason. */
	record UploadError(Integer row, InvalidInputException.FieldError error) implements java.io.Serializable {
	}

	@PostMapping("/cdc/monitoring-tasks/{id}/upload")
	@PreAuthorize("hasAuthority('cdcmonitoring:survey:write')")
	String upload(Actor actor, @PathVariable long id,
			@RequestParam(required = false) org.springframework.web.multipart.MultipartFile file, java.util.Locale locale,
			RedirectAttributes redirect) {
		TaskView task = this.surveys.task(actor, id);
		try {
			if (file == null || file.isEmpty()) {
				throw InvalidInputException.of("file", "cdcmonitoring.upload.missing");
			}
			List<org.ohsonline.cdcmonitoring.SurveyEntry> entries;
			try (java.io.InputStream in = new java.io.BufferedInputStream(file.getInputStream())) {
				in.mark(16);
				byte[] head = in.readNBytes(8);
				in.reset();
				if (!SurveyWorkbook.isWorkbook(head)) {
					throw InvalidInputException.of("file", "cdcmonitoring.upload.notWorkbook");
				}
				entries = SurveyWorkbook.read(in, this.projects.form(actor, task.projectId()));
			}
			catch (java.io.IOException | RuntimeException ex) {
				if (ex instanceof InvalidInputException invalid) {
					throw invalid;
				}
				throw InvalidInputException.of("file", "cdcmonitoring.upload.unreadable");
			}
			int saved = this.surveys.submitAll(actor, id, entries).size();
			redirect.addFlashAttribute("flash", this.messages.getMessage("cdcmonitoring.upload.flash", new Object[] { saved }, locale));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("uploadErrors", ex.errors().stream().map(MonitoringTaskController::uploadError).toList());
		}
		return "redirect:/cdc/monitoring-tasks/" + id;
	}

	/** The row of a batch refusal ({@code rows[<row>].<field>}), taken out of its field. */
	static UploadError uploadError(InvalidInputException.FieldError e) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("rows\\[(\\d+)]\\.?(.*)").matcher(e.field() == null ? "" : e.field());
		if (m.matches()) {
			return new UploadError(Integer.valueOf(m.group(1)),
					new InvalidInputException.FieldError(m.group(2).isEmpty() ? null : m.group(2), e.code(), e.arguments()));
		}
		return new UploadError(null, e);
	}

	@GetMapping("/cdc/monitoring-tasks/{id}/surveys/{sampledId}")
	String survey(Actor actor, @PathVariable long id, @PathVariable long sampledId, Model model) {
		TaskView task = this.surveys.task(actor, id);
		SampledEmployer sampled = sampled(actor, task, sampledId);
		Optional<SurveyView> survey = this.surveys.survey(actor, sampledId);
		org.ohsonline.cdcmonitoring.ProjectView project = this.projects.find(actor, task.projectId());
		Optional<QcCheckView> check = survey.flatMap(s -> project
			.checks()
			.stream()
			.filter(c -> c.surveyId() == s.id())
			.findFirst());
		boolean doer = actor.can("cdcmonitoring:survey:write") && (task.agencyId() == null
				? actor.scope().kind() == Scope.Kind.REGION && actor.scope().coversRegion(task.countyCode())
				: actor.scope().kind() != Scope.Kind.REGION);
		boolean qc = actor.can("cdcmonitoring:qc:write") && actor.scope().kind() == Scope.Kind.REGION;
		model.addAttribute("task", task);
		model.addAttribute("sampled", sampled);
		model.addAttribute("survey", survey.orElse(null));
		model.addAttribute("check", check.orElse(null));
		model.addAttribute("fields", this.projects.form(actor, task.projectId()));
		boolean open = !project.closed();
		model.addAttribute("canEnter", open && doer && survey.isEmpty());
		model.addAttribute("canRecheck", open && qc && survey.isPresent() && survey.get().qcPicked() && check.isEmpty());
		model.addAttribute("canResolve", open && qc && check.isPresent() && "DISAGREED".equals(check.get().status()));
		if (!model.containsAttribute("entered")) {
			model.addAttribute("entered", Map.of());
		}
		return "cdcmonitoring/survey";
	}

	private SampledEmployer sampled(Actor actor, TaskView task, long sampledId) {
		// Both ends of the link: the sampled employer must belong to the task in scope.
		return this.surveys.sample(actor, task.id())
			.stream()
			.filter(s -> s.id() == sampledId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("sampled-employer", sampledId));
	}

	@PostMapping("/cdc/monitoring-tasks/{id}/surveys/{sampledId}")
	@PreAuthorize("hasAuthority('cdcmonitoring:survey:write')")
	String submit(Actor actor, @PathVariable long id, @PathVariable long sampledId, @RequestParam Map<String, String> params,
			RedirectAttributes redirect) {
		sampled(actor, this.surveys.task(actor, id), sampledId);
		Map<String, String> answers = answers(params);
		try {
			this.surveys.submit(actor, sampledId, answers);
			redirect.addFlashAttribute("flashKey", "cdcmonitoring.survey.flash");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionErrors", ex.errors());
			redirect.addFlashAttribute("entered", new LinkedHashMap<>(answers));
		}
		return "redirect:/cdc/monitoring-tasks/" + id + "/surveys/" + sampledId;
	}

	@PostMapping("/cdc/monitoring-tasks/{id}/surveys/{sampledId}/recheck")
	@PreAuthorize("hasAuthority('cdcmonitoring:qc:write')")
	String recheck(Actor actor, @PathVariable long id, @PathVariable long sampledId, @RequestParam Map<String, String> params,
			RedirectAttributes redirect) {
		sampled(actor, this.surveys.task(actor, id), sampledId);
		Map<String, String> answers = answers(params);
		try {
			SurveyView survey = this.surveys.survey(actor, sampledId)
				.orElseThrow(() -> InvalidInputException.of(null, "cdcmonitoring.qc.notPicked"));
			this.surveys.recheck(actor, survey.id(), answers);
			redirect.addFlashAttribute("flashKey", "cdcmonitoring.qc.flash");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionErrors", ex.errors());
			redirect.addFlashAttribute("entered", new LinkedHashMap<>(answers));
		}
		return "redirect:/cdc/monitoring-tasks/" + id + "/surveys/" + sampledId;
	}

	@PostMapping("/cdc/monitoring-tasks/{id}/surveys/{sampledId}/resolve")
	@PreAuthorize("hasAuthority('cdcmonitoring:qc:write')")
	String resolve(Actor actor, @PathVariable long id, @PathVariable long sampledId,
			@RequestParam(required = false) String decision, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		sampled(actor, this.surveys.task(actor, id), sampledId);
		try {
			SurveyView survey = this.surveys.survey(actor, sampledId)
				.orElseThrow(() -> InvalidInputException.of(null, "cdcmonitoring.qc.notOpen"));
			this.surveys.resolve(actor, survey.id(), new QcResolution(decision, note));
			redirect.addFlashAttribute("flashKey", "cdcmonitoring.qc.resolvedFlash");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionErrors", ex.errors());
		}
		return "redirect:/cdc/monitoring-tasks/" + id + "/surveys/" + sampledId;
	}

	static Map<String, String> answers(Map<String, String> params) {
		Map<String, String> answers = new LinkedHashMap<>();
		params.forEach((k, v) -> {
			if (k.startsWith(FIELD) && k.length() > FIELD.length()) {
				answers.put(k.substring(FIELD.length()), v);
			}
		});
		return answers;
	}

	static List<String> none() {
		return List.of();
	}

}
