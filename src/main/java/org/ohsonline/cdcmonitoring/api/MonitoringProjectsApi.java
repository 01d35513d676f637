package org.ohsonline.cdcmonitoring.api;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ohsonline.cdcmonitoring.DrawView;
import org.ohsonline.cdcmonitoring.MonitoringKind;
import org.ohsonline.cdcmonitoring.MonitoringProjects;
import org.ohsonline.cdcmonitoring.MonitoringSurveys;
import org.ohsonline.cdcmonitoring.ProjectCommand;
import org.ohsonline.cdcmonitoring.ProjectFilter;
import org.ohsonline.cdcmonitoring.ProjectSummary;
import org.ohsonline.cdcmonitoring.ProjectView;
import org.ohsonline.cdcmonitoring.Progress;
import org.ohsonline.cdcmonitoring.QcCheckView;
import org.ohsonline.cdcmonitoring.QcResolution;
import org.ohsonline.cdcmonitoring.SampledEmployer;
import org.ohsonline.cdcmonitoring.SurveyEntry;
import org.ohsonline.cdcmonitoring.SurveyView;
import org.ohsonline.cdcmonitoring.TaskCommand;
import org.ohsonline.cdcmonitoring.TaskFilter;
import org.ohsonline.cdcmonitoring.TaskView;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Text;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The CDC's monitoring projects over the API, in the token owner's scope: the CDC creates projects, draws the
 * sample and assigns tasks; the task's doer (the county's CDC or the assigned agency) posts the surveys; CDC staff
 * re-check picked surveys and resolve disagreements. A project, task or survey out of scope is a 404.
 */
@RestController
@RequestMapping("/api/v1/cdc/monitoring-projects")
@Tag(name = "CDC monitoring projects", description = "Key occupational-disease monitoring and workplace hazard surveys: targets, sample, tasks, surveys, quality control, progress")
class MonitoringProjectsApi {

	private final MonitoringProjects projects;

	private final MonitoringSurveys surveys;

	MonitoringProjectsApi(MonitoringProjects projects, MonitoringSurveys surveys) {
		this.projects = projects;
		this.surveys = surveys;
	}

	@Schema(name = "MonitoringSurveyAnswers", description = "The answers by field code of the project's form")
	record Answers(Map<String, String> answers) {
	}

	@Schema(name = "MonitoringSurveyBatch", description = "The surveys of one task, each naming its sampled employer by id")
	record Batch(List<BatchItem> surveys) {
	}

	@Schema(name = "MonitoringSurveyBatchItem")
	record BatchItem(Long sampledId, Map<String, String> answers) {
	}

	@Schema(name = "MonitoringProjectClosing")
	record Closing(String note) {
	}

	@Schema(name = "MonitoringTaskWithSample")
	record TaskWithSample(TaskView task, List<SampledEmployer> sample) {
	}

	@GetMapping
	@Operation(summary = "Monitoring projects in the caller's scope")
	Page<ProjectSummary> list(Actor actor, @RequestParam(required = false) String q,
			@RequestParam(required = false) String region, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String kind, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		String k = Text.enumName(kind, MonitoringKind.class);
		return this.projects.search(actor, new ProjectFilter(q, region, year, k == null ? null : MonitoringKind.valueOf(k)),
				PageQuery.of(page, size));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a monitoring project of the caller's region with its targets per county")
	ProjectView create(Actor actor, @RequestBody ProjectCommand command) {
		return this.projects.create(actor, command);
	}

	@GetMapping("/{id}")
	@Operation(summary = "A project with its targets, draw, and the sample, tasks and re-checks of the caller's counties")
	ProjectView find(Actor actor, @PathVariable long id) {
		return this.projects.find(actor, id);
	}

	@PostMapping("/{id}/draw")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Draw the project's sample from the register (once; algorithm OHS-CDC-SAMPLE-1)")
	DrawView draw(Actor actor, @PathVariable long id) {
		return this.projects.draw(actor, id);
	}

	@PostMapping("/{id}/tasks")
	@Operation(summary = "Assign a county's task to the county's CDC or to a qualified agency")
	TaskView assign(Actor actor, @PathVariable long id, @RequestBody TaskCommand command) {
		return this.projects.assign(actor, id, command);
	}

	@GetMapping("/{id}/progress")
	@Operation(summary = "Progress by county against the targets")
	Progress progress(Actor actor, @PathVariable long id) {
		return this.projects.progress(actor, id);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a project until it is closed (name, due day, targets; industries, hazards, share and employers only before the draw)")
	ProjectView update(Actor actor, @PathVariable long id, @RequestBody(required = false) ProjectCommand command) {
		return this.projects.update(actor, id,
				command == null ? new ProjectCommand(null, null, null, null, null, null, null, null) : command);
	}

	@PostMapping("/{id}/close")
	@Operation(summary = "Close a project with the reason: no more entries; the summary is frozen and issued as a signed PDF")
	ProjectView close(Actor actor, @PathVariable long id, @RequestBody(required = false) Closing body) {
		return this.projects.close(actor, id, body == null ? null : body.note());
	}

	@GetMapping(value = "/{id}/summary.pdf", produces = "application/pdf")
	@Operation(summary = "The signed summary PDF of a closed project; 404 while it is open")
	ResponseEntity<byte[]> summary(Actor actor, @PathVariable long id) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(this.projects.summaryPdf(actor, id));
	}

	@GetMapping("/tasks")
	@Operation(summary = "Survey tasks in the caller's scope (a county CDC its county's, an agency its own)")
	Page<TaskView> tasks(Actor actor, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Boolean open,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.surveys.tasks(actor, new TaskFilter(region, year, Boolean.TRUE.equals(open)), PageQuery.of(page, size));
	}

	@GetMapping("/tasks/{taskId}")
	@Operation(summary = "A task with its sampled employers")
	TaskWithSample task(Actor actor, @PathVariable long taskId) {
		return new TaskWithSample(this.surveys.task(actor, taskId), this.surveys.sample(actor, taskId));
	}

	@PostMapping("/samples/{sampledId}/survey")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Enter the survey of a sampled employer of one of the caller's tasks; 400 names every field refused")
	SurveyView submit(Actor actor, @PathVariable long sampledId, @RequestBody(required = false) Answers body) {
		return this.surveys.submit(actor, sampledId, body == null ? Map.of() : body.answers());
	}

	@PostMapping("/tasks/{taskId}/surveys")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Enter several surveys of one of the caller's tasks in one transaction; 400 names every refused row (rows[n], 1-based) and field, and saves none")
	List<SurveyView> submitAll(Actor actor, @PathVariable long taskId, @RequestBody(required = false) Batch body) {
		List<SurveyEntry> entries = new java.util.ArrayList<>();
		List<BatchItem> items = body == null || body.surveys() == null ? List.of() : body.surveys();
		for (int i = 0; i < items.size(); i++) {
			BatchItem item = items.get(i) == null ? new BatchItem(null, null) : items.get(i);
			entries.add(new SurveyEntry(i + 1, item.sampledId() == null ? -1L : item.sampledId(), null, item.answers()));
		}
		return this.surveys.submitAll(actor, taskId, entries);
	}

	@PostMapping("/surveys/{surveyId}/recheck")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Re-check a survey picked by quality control; the fields that differ are recorded")
	QcCheckView recheck(Actor actor, @PathVariable long surveyId, @RequestBody(required = false) Answers body) {
		return this.surveys.recheck(actor, surveyId, body == null ? Map.of() : body.answers());
	}

	@PostMapping("/surveys/{surveyId}/resolve")
	@Operation(summary = "Resolve a disagreement: ORIGINAL keeps the survey, RECHECK takes the re-checked values; a note is required")
	QcCheckView resolve(Actor actor, @PathVariable long surveyId, @RequestBody(required = false) QcResolution resolution) {
		return this.surveys.resolve(actor, surveyId, resolution == null ? new QcResolution(null, null) : resolution);
	}

}
