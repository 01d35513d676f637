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

	MonitoringTaskController(MonitoringSurveys surveys, MonitoringProjects projects) {
		this.surveys = surveys;
		this.projects = projects;
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
		model.addAttribute("task", this.surveys.task(actor, id));
		model.addAttribute("sample", this.surveys.sample(actor, id));
		model.addAttribute("today", LocalDate.now(ZoneId.of("Asia/Shanghai")));
		return "cdcmonitoring/task";
	}

	@GetMapping("/cdc/monitoring-tasks/{id}/surveys/{sampledId}")
	String survey(Actor actor, @PathVariable long id, @PathVariable long sampledId, Model model) {
		TaskView task = this.surveys.task(actor, id);
		SampledEmployer sampled = sampled(actor, task, sampledId);
		Optional<SurveyView> survey = this.surveys.survey(actor, sampledId);
		Optional<QcCheckView> check = survey.flatMap(s -> this.projects.find(actor, task.projectId())
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
		model.addAttribute("canEnter", doer && survey.isEmpty());
		model.addAttribute("canRecheck", qc && survey.isPresent() && survey.get().qcPicked() && check.isEmpty());
		model.addAttribute("canResolve", qc && check.isPresent() && "DISAGREED".equals(check.get().status()));
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
