package org.ohsonline.projects.api;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ohsonline.projects.ProjectCommand;
import org.ohsonline.projects.ProjectDocument;
import org.ohsonline.projects.ProjectFilter;
import org.ohsonline.projects.ProjectSummary;
import org.ohsonline.projects.ProjectView;
import org.ohsonline.projects.Projects;
import org.ohsonline.projects.RoundSummary;
import org.ohsonline.projects.RoundView;
import org.ohsonline.projects.Stage;
import org.ohsonline.projects.StageRecord;
import org.ohsonline.projects.Tracking;
import org.ohsonline.projects.VerificationLine;
import org.ohsonline.projects.VerificationRecord;
import org.ohsonline.projects.Verifications;
import org.ohsonline.reference.Severity;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Text;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Construction projects over the API, in the token owner's scope: the employer registers its projects, attaches
 * stage documents and records stages in order; readers list and read projects in their jurisdiction and the
 * quarterly tracking; supervisors draw verification rounds and inspectors record verifications.
 */
@RestController
@RequestMapping("/api/v1/projects")
@Tag(name = "Projects", description = "Construction projects and 三同时 stages, verification sampling, quarterly tracking")
class ProjectsApi {

	private final Projects projects;

	private final Verifications verifications;

	private final Tracking tracking;

	ProjectsApi(Projects projects, Verifications verifications, Tracking tracking) {
		this.projects = projects;
		this.verifications = verifications;
		this.tracking = tracking;
	}

	@io.swagger.v3.oas.annotations.media.Schema(name = "ProjectVerificationDrawRequest")
	record DrawRequest(String region, String period) {
	}

	@GetMapping
	@Operation(summary = "Construction projects in the caller's scope (an employer its own)")
	Page<ProjectSummary> list(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) String region,
			@RequestParam(required = false) String stage, @RequestParam(required = false) String hazardClass,
			@RequestParam(required = false) Boolean overdue, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		String cls = Text.enumName(hazardClass, Severity.class);
		String st = "DONE".equals(stage) ? "DONE" : Text.enumName(stage, Stage.class);
		return this.projects.search(actor, new ProjectFilter(q, region, st, cls == null ? null : Severity.valueOf(cls),
				Boolean.TRUE.equals(overdue)), PageQuery.of(page, size));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register a construction project of the caller's own employer")
	ProjectView register(Actor actor, @RequestBody ProjectCommand command) {
		return this.projects.register(actor, command);
	}

	@GetMapping("/{id}")
	@Operation(summary = "A project with its stages and documents")
	ProjectView find(Actor actor, @PathVariable long id) {
		return this.projects.find(actor, id);
	}

	@PostMapping("/{id}/stages")
	@Operation(summary = "Complete the project's current stage (strict order; evaluations by a qualified agency)")
	ProjectView record(Actor actor, @PathVariable long id, @RequestBody StageRecord record) {
		return this.projects.record(actor, id, record);
	}

	@PostMapping(path = "/{id}/documents", consumes = "multipart/form-data")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Attach a document (PDF, PNG or JPEG) to the project's current stage")
	ProjectDocument attach(Actor actor, @PathVariable long id, @RequestParam(required = false) MultipartFile file)
			throws IOException {
		// The facade checks the caller and the project before the file: a missing file is no way to probe a project.
		return this.projects.attach(actor, id, file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes());
	}

	@GetMapping("/tracking")
	@Operation(summary = "Quarterly tracking of projects by stage and region (period as 2026Q3)")
	Tracking.TrackingView tracking(Actor actor, @RequestParam(required = false) String region,
			@RequestParam(required = false) String period) {
		if (period == null || !period.trim().matches("20\\d{2}Q[1-4]")) {
			// The facade answers a caller without the permission before it judges the period.
			return this.tracking.quarter(actor, region, 0, 0);
		}
		return this.tracking.quarter(actor, region, Integer.parseInt(period.trim().substring(0, 4)),
				Integer.parseInt(period.trim().substring(5)));
	}

	@GetMapping("/verification-rounds")
	@Operation(summary = "Verification rounds concerning the caller's region")
	Page<RoundSummary> rounds(Actor actor, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.verifications.rounds(actor, region, PageQuery.of(page, size));
	}

	@PostMapping("/verification-rounds")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Draw the verification round of a region for a finished quarter")
	RoundView draw(Actor actor, @RequestBody DrawRequest request) {
		return this.verifications.draw(actor, request.region(), request.period());
	}

	@GetMapping("/verification-rounds/{id}")
	@Operation(summary = "A verification round with its digests, seed and the lines in the caller's region")
	RoundView round(Actor actor, @PathVariable long id) {
		return this.verifications.round(actor, id);
	}

	@PostMapping("/verification-lines/{lineId}")
	@Operation(summary = "Record the verification of a drawn project with its findings")
	VerificationLine verify(Actor actor, @PathVariable long lineId, @RequestBody VerificationRecord record) {
		return this.verifications.record(actor, lineId, record);
	}

}
