package org.ohsonline.cdcmonitoring.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.cdcmonitoring.Assignee;
import org.ohsonline.cdcmonitoring.MonitoringSurveys;
import org.ohsonline.cdcmonitoring.QcCheckView;
import org.ohsonline.cdcmonitoring.QcResolution;
import org.ohsonline.cdcmonitoring.SampledEmployer;
import org.ohsonline.cdcmonitoring.SurveyEntry;
import org.ohsonline.cdcmonitoring.SurveyView;
import org.ohsonline.cdcmonitoring.TaskFilter;
import org.ohsonline.cdcmonitoring.TaskView;
import org.ohsonline.reference.Catalogs;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.ScopeFilter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tasks, the surveys entered for them and their quality control. A sampled employer is reached through its
 * county's task: a region user whose region covers the county, or the organisation the task is assigned to; the
 * survey is entered by the task's doer only — the county's CDC (any CDC user of a region covering the county) or
 * the assigned organisation's staff. Re-checks are made by another CDC user than the one who entered the survey.
 */
@Service
class MonitoringSurveyService implements MonitoringSurveys {

	private final CdcMonitoringReads reads;

	private final Catalogs catalogs;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	private final Clock clock;

	MonitoringSurveyService(CdcMonitoringReads reads, Catalogs catalogs, AuditTrail audit, JdbcClient jdbc, Clock clock) {
		this.reads = reads;
		this.catalogs = catalogs;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(MonitoringProjectService.ZONE));
	}

	@Override
	@Transactional(readOnly = true)
	public Page<TaskView> tasks(Actor actor, TaskFilter filter, PageQuery page) {
		actor.require(CdcMonitoringPermissions.PROJECT_READ);
		return ScopeFilter.narrowRegion(actor, filter.region())
			.map(region -> this.reads.tasks(actor, region, filter, page))
			.orElseGet(() -> Page.of(List.of(), 0, page));
	}

	@Override
	@Transactional(readOnly = true)
	public TaskCounts counts(Actor actor) {
		actor.require(CdcMonitoringPermissions.PROJECT_READ);
		long[] counts = this.reads.openCounts(actor, today());
		return new TaskCounts(counts[0], counts[1]);
	}

	@Override
	@Transactional(readOnly = true)
	public TaskView task(Actor actor, long taskId) {
		actor.require(CdcMonitoringPermissions.PROJECT_READ);
		return this.reads.task(actor, taskId).orElseThrow(() -> new NotFoundException("survey-task", taskId));
	}

	@Override
	@Transactional(readOnly = true)
	public List<SampledEmployer> sample(Actor actor, long taskId) {
		TaskView task = task(actor, taskId);
		return this.reads.sample(task.projectId(), java.util.Set.of(task.countyCode()));
	}

	/** The sampled employer and its county's task, when the actor reaches the task. */
	private Reached reach(Actor actor, long sampledId) {
		SampledEmployer s = this.reads.sampled(sampledId).orElseThrow(() -> new NotFoundException("sampled-employer", sampledId));
		CdcMonitoringReads.TaskRow row = this.reads.taskOf(s.projectId(), s.countyCode())
			.orElseThrow(() -> new NotFoundException("sampled-employer", sampledId));
		TaskView task = this.reads.task(actor, row.id()).orElseThrow(() -> new NotFoundException("sampled-employer", sampledId));
		return new Reached(s, task, row);
	}

	private record Reached(SampledEmployer sampled, TaskView task, CdcMonitoringReads.TaskRow row) {
	}

	/** Whether the actor does the task: the county's CDC for a CDC task, the organisation's staff for its own. */
	static boolean doer(Actor actor, CdcMonitoringReads.TaskRow row, String county) {
		Scope scope = actor.scope();
		if (row.assignee() == Assignee.COUNTY_CDC) {
			return scope.kind() == Scope.Kind.REGION && scope.coversRegion(county);
		}
		return (scope.kind() == Scope.Kind.AGENCY || scope.kind() == Scope.Kind.INSTITUTION)
				&& scope.value().equals(row.agencyCreditCode());
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<SurveyView> survey(Actor actor, long sampledId) {
		actor.require(CdcMonitoringPermissions.PROJECT_READ);
		Reached reached = reach(actor, sampledId);
		return surveyOf(reached.sampled());
	}

	private Optional<SurveyView> surveyOf(SampledEmployer s) {
		return this.jdbc.sql("select * from cdcmonitoring.survey where sampled_id = :s")
			.param("s", s.id())
			.query((rs, i) -> new SurveyView(rs.getLong("id"), rs.getLong("project_id"), s.id(), rs.getString("county_code"),
					s.employerName(), rs.getLong("form_version_id"), Json.answers(rs.getString("answers")), rs.getInt("workers"),
					rs.getInt("hazards"), rs.getBoolean("qc_picked"), rs.getString("submitted_by"),
					rs.getTimestamp("submitted_at").toInstant()))
			.optional();
	}

	private SurveyForm form(CdcMonitoringReads.ProjectRow p) {
		return SurveyForm.of(this.catalogs.allEntries(p.formVersionId(), ""), p.kind().name());
	}

	@Override
	@Transactional
	public SurveyView submit(Actor actor, long sampledId, Map<String, String> answers) {
		actor.require(CdcMonitoringPermissions.SURVEY_WRITE);
		Reached reached = reach(actor, sampledId);
		if (!doer(actor, reached.row(), reached.sampled().countyCode())) {
			throw InvalidInputException.of(null, "cdcmonitoring.survey.notYourTask");
		}
		CdcMonitoringReads.ProjectRow project = open(reached.sampled().projectId());
		if (reached.sampled().surveyId() != null) {
			throw InvalidInputException.of(null, "cdcmonitoring.survey.already");
		}
		SurveyForm form = form(project);
		List<FieldError> errors = new ArrayList<>();
		Map<String, String> clean = form.check(answers, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		insert(actor, project, form, reached.sampled(), reached.row().id(), clean);
		return surveyOf(this.reads.sampled(sampledId).orElseThrow()).orElseThrow();
	}

	/** The project, unless it is closed: a closed project takes no more entries, re-checks or resolutions. */
	private CdcMonitoringReads.ProjectRow open(long projectId) {
		CdcMonitoringReads.ProjectRow project = this.reads.projectRow(projectId);
		if (project.closed()) {
			throw InvalidInputException.of(null, "cdcmonitoring.project.closedNoEntry");
		}
		return project;
	}

	private long insert(Actor actor, CdcMonitoringReads.ProjectRow project, SurveyForm form, SampledEmployer sampled, long taskId,
			Map<String, String> clean) {
		String seed = this.reads.draw(project.id()).orElseThrow().seed();
		boolean picked = SampleDraw.qcPicked(seed, sampled.employerId(), project.qcShare());
		long id = this.jdbc.sql("""
				insert into cdcmonitoring.survey (project_id, sampled_id, task_id, county_code, form_version_id, answers, workers,
				  hazards, exceeding, qc_picked, submitted_by, submitted_at)
				values (:p, :s, :t, :c, :form, cast(:answers as jsonb), :workers, :hazards, :exceeding, :picked, :by, :at) returning id""")
			.param("p", project.id())
			.param("s", sampled.id())
			.param("t", taskId)
			.param("c", sampled.countyCode())
			.param("form", project.formVersionId())
			.param("answers", Json.write(clean))
			.param("workers", form.counted(clean, "workers"))
			.param("hazards", form.counted(clean, "hazards"))
			.param("exceeding", exceeding(form, clean))
			.param("picked", picked)
			.param("by", actor.username())
			.param("at", Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single();
		Map<String, Object> after = new LinkedHashMap<>(clean);
		after.put("employer", sampled.creditCode());
		after.put("qcPicked", picked);
		this.audit.record(actor, "cdcmonitoring.survey.submitted", AuditTarget.of("monitoring-survey", id, sampled.regionCode()),
				null, after);
		return id;
	}

	/**
	 * The points exceeding: the form's field counted as {@code exceeding}; the first edition of the forms has none
	 * marked, and its field is {@code WH.EXCEEDING} (as migration V2 counted the surveys already in).
	 */
	static int exceeding(SurveyForm form, Map<String, String> answers) {
		boolean marked = form.fields().stream().anyMatch(f -> "exceeding".equals(f.counts()));
		if (marked) {
			return form.counted(answers, "exceeding");
		}
		java.math.BigDecimal n = SurveyForm.number(answers.get("WH.EXCEEDING"));
		return n == null ? 0 : n.intValue();
	}

	@Override
	@Transactional
	public List<SurveyView> submitAll(Actor actor, long taskId, List<SurveyEntry> entries) {
		actor.require(CdcMonitoringPermissions.SURVEY_WRITE);
		TaskView task = this.reads.task(actor, taskId).orElseThrow(() -> new NotFoundException("survey-task", taskId));
		CdcMonitoringReads.TaskRow row = this.reads.taskOf(task.projectId(), task.countyCode()).orElseThrow();
		if (!doer(actor, row, task.countyCode())) {
			throw InvalidInputException.of(null, "cdcmonitoring.survey.notYourTask");
		}
		CdcMonitoringReads.ProjectRow project = open(task.projectId());
		if (entries == null || entries.isEmpty()) {
			throw InvalidInputException.of("surveys", "cdcmonitoring.upload.empty");
		}
		if (entries.size() > BATCH_MAX) {
			throw InvalidInputException.of("surveys", "cdcmonitoring.upload.tooMany", BATCH_MAX);
		}
		SurveyForm form = form(project);
		List<SampledEmployer> sample = this.reads.sample(task.projectId(), java.util.Set.of(task.countyCode()));
		List<FieldError> errors = new ArrayList<>();
		List<Map.Entry<SampledEmployer, Map<String, String>>> accepted = new ArrayList<>();
		java.util.Set<Long> seen = new java.util.HashSet<>();
		for (SurveyEntry entry : entries) {
			String at = "rows[" + entry.row() + "]";
			SampledEmployer sampled = sample.stream()
				.filter(x -> entry.sampledId() != null ? x.id() == entry.sampledId()
						: entry.creditCode() != null && x.creditCode().equalsIgnoreCase(entry.creditCode().trim()))
				.findFirst()
				.orElse(null);
			if (sampled == null) {
				errors.add(FieldError.of(at, "cdcmonitoring.upload.notSampled", entry.row(),
						entry.sampledId() != null ? entry.sampledId() : entry.creditCode()));
				continue;
			}
			if (sampled.surveyId() != null) {
				errors.add(FieldError.of(at, "cdcmonitoring.upload.already", entry.row(), sampled.employerName()));
				continue;
			}
			if (!seen.add(sampled.id())) {
				errors.add(FieldError.of(at, "cdcmonitoring.upload.twice", entry.row(), sampled.employerName()));
				continue;
			}
			List<FieldError> own = new ArrayList<>();
			Map<String, String> clean = form.check(entry.answers(), own);
			for (FieldError e : own) {
				errors.add(new FieldError(at + "." + (e.field() == null ? "" : e.field()), e.code(), e.arguments()));
			}
			accepted.add(Map.entry(sampled, clean));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		List<SurveyView> out = new ArrayList<>();
		for (Map.Entry<SampledEmployer, Map<String, String>> e : accepted) {
			insert(actor, project, form, e.getKey(), row.id(), e.getValue());
			out.add(surveyOf(this.reads.sampled(e.getKey().id()).orElseThrow()).orElseThrow());
		}
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("task", taskId);
		after.put("county", task.countyCode());
		after.put("surveys", out.size());
		this.audit.record(actor, "cdcmonitoring.survey.batch", AuditTarget.of("monitoring-task", taskId, task.countyCode()), null,
				after);
		return out;
	}

	/** The most surveys one batch takes (a county's sample rarely exceeds a few hundred). */
	static final int BATCH_MAX = 2000;

	/** The survey and its project, for a quality-control user whose region covers the survey's county. */
	private SurveyView checkable(Actor actor, long surveyId) {
		actor.require(CdcMonitoringPermissions.QC_WRITE);
		if (actor.scope().kind() != Scope.Kind.REGION) {
			throw new AccessDeniedException(CdcMonitoringPermissions.QC_WRITE);
		}
		Long sampledId = this.jdbc.sql("select sampled_id from cdcmonitoring.survey where id = :id and county_code like :prefix || '%'")
			.param("id", surveyId)
			.param("prefix", actor.scope().value())
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("monitoring-survey", surveyId));
		return surveyOf(this.reads.sampled(sampledId).orElseThrow()).orElseThrow();
	}

	@Override
	@Transactional
	public QcCheckView recheck(Actor actor, long surveyId, Map<String, String> answers) {
		SurveyView survey = checkable(actor, surveyId);
		open(survey.projectId());
		if (!survey.qcPicked()) {
			throw InvalidInputException.of(null, "cdcmonitoring.qc.notPicked");
		}
		if (this.reads.checkOf(surveyId).isPresent()) {
			throw InvalidInputException.of(null, "cdcmonitoring.qc.already");
		}
		if (survey.submittedBy().equals(actor.username())) {
			throw InvalidInputException.of(null, "cdcmonitoring.qc.sameUser");
		}
		CdcMonitoringReads.ProjectRow project = this.reads.projectRow(survey.projectId());
		SurveyForm form = form(project);
		List<FieldError> errors = new ArrayList<>();
		Map<String, String> clean = form.check(answers, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		List<String[]> differences = form.differences(survey.answers(), clean);
		String status = differences.isEmpty() ? "AGREED" : "DISAGREED";
		long id = this.jdbc.sql("""
				insert into cdcmonitoring.qc_check (survey_id, project_id, county_code, answers, differences, status, checked_by, checked_at)
				values (:s, :p, :c, cast(:answers as jsonb), cast(:differences as jsonb), :status, :by, :at) returning id""")
			.param("s", surveyId)
			.param("p", survey.projectId())
			.param("c", survey.countyCode())
			.param("answers", Json.write(clean))
			.param("differences", Json.write(differences))
			.param("status", status)
			.param("by", actor.username())
			.param("at", Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("status", status);
		after.put("differences", differences.stream().map(d -> d[0]).toList());
		this.audit.record(actor, "cdcmonitoring.qc.rechecked", AuditTarget.of("monitoring-survey", surveyId, survey.countyCode()), null,
				after);
		return this.reads.checkOf(surveyId).orElseThrow(() -> new NotFoundException("qc-check", id));
	}

	@Override
	@Transactional
	public QcCheckView resolve(Actor actor, long surveyId, QcResolution resolution) {
		SurveyView survey = checkable(actor, surveyId);
		open(survey.projectId());
		QcCheckView check = this.reads.checkOf(surveyId).orElseThrow(() -> InvalidInputException.of(null, "cdcmonitoring.qc.notOpen"));
		if (!"DISAGREED".equals(check.status())) {
			throw InvalidInputException.of(null, "cdcmonitoring.qc.notOpen");
		}
		List<FieldError> errors = new ArrayList<>();
		String decision = resolution == null || resolution.decision() == null ? "" : resolution.decision().trim();
		if (!decision.equals("ORIGINAL") && !decision.equals("RECHECK")) {
			errors.add(FieldError.of("decision", "cdcmonitoring.qc.decisionMissing"));
		}
		String note = resolution == null || resolution.note() == null ? "" : resolution.note().trim();
		if (note.isEmpty() || note.length() > 500) {
			errors.add(FieldError.of("note", "cdcmonitoring.qc.noteMissing"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		if (decision.equals("RECHECK")) {
			SurveyForm form = form(this.reads.projectRow(survey.projectId()));
			this.jdbc.sql("update cdcmonitoring.survey set answers = cast(:answers as jsonb), workers = :w, hazards = :h, exceeding = :x where id = :id")
				.param("answers", Json.write(check.answers()))
				.param("w", form.counted(check.answers(), "workers"))
				.param("h", form.counted(check.answers(), "hazards"))
				.param("x", exceeding(form, check.answers()))
				.param("id", surveyId)
				.update();
		}
		this.jdbc.sql("""
				update cdcmonitoring.qc_check set status = 'RESOLVED', decision = :d, resolution = :note, resolved_by = :by, resolved_at = :at
				where survey_id = :s""")
			.param("d", decision)
			.param("note", note)
			.param("by", actor.username())
			.param("at", Timestamp.from(this.clock.instant()))
			.param("s", surveyId)
			.update();
		Map<String, Object> before = new LinkedHashMap<>(survey.answers());
		before.put("status", check.status());
		Map<String, Object> after = new LinkedHashMap<>(decision.equals("RECHECK") ? check.answers() : survey.answers());
		after.put("status", "RESOLVED");
		after.put("decision", decision);
		after.put("note", note);
		this.audit.record(actor, "cdcmonitoring.qc.resolved", AuditTarget.of("monitoring-survey", surveyId, survey.countyCode()),
				before, after);
		return this.reads.checkOf(surveyId).orElseThrow();
	}

}
