package org.ohsonline.cdcmonitoring.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.cdcmonitoring.DrawView;
import org.ohsonline.cdcmonitoring.FormField;
import org.ohsonline.cdcmonitoring.MonitoringProjects;
import org.ohsonline.cdcmonitoring.ProjectCommand;
import org.ohsonline.cdcmonitoring.ProjectFilter;
import org.ohsonline.cdcmonitoring.ProjectSummary;
import org.ohsonline.cdcmonitoring.ProjectView;
import org.ohsonline.cdcmonitoring.Progress;
import org.ohsonline.cdcmonitoring.Target;
import org.ohsonline.cdcmonitoring.TaskCommand;
import org.ohsonline.cdcmonitoring.TaskView;
import org.ohsonline.reference.CatalogVersion;
import org.ohsonline.reference.Catalogs;
import org.ohsonline.reference.Division;
import org.ohsonline.reference.Divisions;
import org.ohsonline.reference.HazardFactors;
import org.ohsonline.reference.Industries;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.RegionCode;
import org.ohsonline.shared.ScopeFilter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating projects and reading them, their progress and form; the draw and the tasks are {@link MonitoringSampleService}'s
 * and {@link MonitoringTaskAssignments}'.
 */
@Service
class MonitoringProjectService implements MonitoringProjects {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final CdcMonitoringReads reads;

	private final MonitoringSampleService samples;

	private final MonitoringTaskAssignments assignments;

	private final Catalogs catalogs;

	private final Divisions divisions;

	private final Industries industries;

	private final HazardFactors factors;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ProjectSummaries summaries;

	MonitoringProjectService(CdcMonitoringReads reads, MonitoringSampleService samples, MonitoringTaskAssignments assignments, Catalogs catalogs,
			Divisions divisions, Industries industries, HazardFactors factors, AuditTrail audit, JdbcClient jdbc, Clock clock,
			ProjectSummaries summaries) {
		this.summaries = summaries;
		this.reads = reads;
		this.samples = samples;
		this.assignments = assignments;
		this.catalogs = catalogs;
		this.divisions = divisions;
		this.industries = industries;
		this.factors = factors;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZONE));
	}

	@Override
	@Transactional(readOnly = true)
	public Page<ProjectSummary> search(Actor actor, ProjectFilter filter, PageQuery page) {
		actor.require(CdcMonitoringPermissions.PROJECT_READ);
		return ScopeFilter.narrowRegion(actor, filter.region())
			.map(region -> this.reads.projects(actor, region, filter, page))
			.orElseGet(() -> Page.of(List.of(), 0, page));
	}

	@Override
	@Transactional
	public ProjectView create(Actor actor, ProjectCommand command) {
		actor.require(CdcMonitoringPermissions.PROJECT_WRITE);
		String region = actor.scope().regionPrefix()
			.filter(r -> !r.isEmpty())
			.orElseThrow(() -> new AccessDeniedException(CdcMonitoringPermissions.PROJECT_WRITE));
		List<FieldError> errors = new ArrayList<>();
		LocalDate today = today();
		Set<String> industryCodes = new LinkedHashSet<>(command.industries());
		Set<String> hazardCodes = new LinkedHashSet<>(command.hazards());
		checkCommand(command, region, today, null, errors);
		CatalogVersion form = this.catalogs.versionInForce(SurveyForm.CATALOG, today).orElse(null);
		if (form == null || (command.kind() != null
				&& SurveyForm.of(this.catalogs.allEntries(form.id(), ""), command.kind().name()).fields().isEmpty())) {
			errors.add(FieldError.of("kind", "cdcmonitoring.project.noForm"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		Instant now = this.clock.instant();
		long id = this.jdbc.sql("""
				insert into cdcmonitoring.monitoring_project (year, kind, name, region_code, industries, hazards, form_version_id,
				  form_edition, qc_share, due_on, created_by, created_at, synthetic)
				values (:year, :kind, :name, :region, :industries, :hazards, :form, :edition, :share, :due, :by, :at, :synthetic)
				returning id""")
			.param("year", command.year())
			.param("kind", command.kind().name())
			.param("name", command.name().trim())
			.param("region", region)
			.param("industries", industryCodes.toArray(String[]::new))
			.param("hazards", hazardCodes.toArray(String[]::new))
			.param("form", form.id())
			.param("edition", form.edition())
			.param("share", command.qcShare())
			.param("due", command.dueOn())
			.param("by", actor.username())
			.param("at", Timestamp.from(now))
			.param("synthetic", actor.channel() == Actor.Channel.SYSTEM)
			.query(Long.class)
			.single();
		for (Target t : command.targets()) {
			this.jdbc.sql("insert into cdcmonitoring.project_target (project_id, county_code, employers, workers, hazards) values (:p, :c, :e, :w, :h)")
				.param("p", id)
				.param("c", t.countyCode())
				.param("e", t.employers())
				.param("w", t.workers())
				.param("h", t.hazards())
				.update();
		}
		Map<String, Object> after = new HashMap<>();
		after.put("year", command.year());
		after.put("kind", command.kind().name());
		after.put("name", command.name().trim());
		after.put("industries", String.join(",", industryCodes));
		after.put("hazards", String.join(",", hazardCodes));
		after.put("qcShare", command.qcShare().toPlainString());
		after.put("form", form.edition());
		after.put("targets", command.targets().size());
		this.audit.record(actor, "cdcmonitoring.project.created", AuditTarget.of("monitoring-project", id, region), null, after);
		return find(actor, id);
	}

	private void checkTargets(List<Target> targets, String region, List<FieldError> errors) {
		if (targets.isEmpty()) {
			errors.add(FieldError.of("targets", "cdcmonitoring.target.none"));
		}
		Set<String> seen = new LinkedHashSet<>();
		for (int i = 0; i < targets.size(); i++) {
			Target t = targets.get(i);
			String at = "targets[" + i + "].";
			String county = t.countyCode() == null ? "" : t.countyCode().trim();
			boolean isCounty = RegionCode.isValid(county) && county.startsWith(region)
					&& this.divisions.find(county).map(Division::level).filter(l -> l == RegionCode.Level.COUNTY).isPresent();
			if (!isCounty) {
				errors.add(FieldError.of(at + "countyCode", "cdcmonitoring.target.county", county));
				continue;
			}
			if (!seen.add(county)) {
				errors.add(FieldError.of(at + "countyCode", "cdcmonitoring.target.duplicate", county));
			}
			String name = this.divisions.fullName(county);
			if (t.employers() < 1 || t.employers() > 10_000) {
				errors.add(FieldError.of(at + "employers", "cdcmonitoring.target.range", name));
			}
			if (t.workers() < 0 || t.workers() > 1_000_000) {
				errors.add(FieldError.of(at + "workers", "cdcmonitoring.target.range", name));
			}
			if (t.hazards() < 0 || t.hazards() > 1_000_000) {
				errors.add(FieldError.of(at + "hazards", "cdcmonitoring.target.range", name));
			}
		}
	}

	/**
	 * The checks of a project's facts, on creating it ({@code existing} null) and on changing it: year and kind are
	 * fixed once created; once drawn, so are the industries, hazards, re-check share and the counties and employers
	 * of the targets (the draw published them). A due day already past is refused unless it is the one it had.
	 */
	private void checkCommand(ProjectCommand command, String region, LocalDate today, CdcMonitoringReads.ProjectRow existing,
			List<FieldError> errors) {
		boolean drawn = existing != null && this.reads.draw(existing.id()).isPresent();
		if (existing == null) {
			if (command.year() == null || command.year() < today.getYear() - 1 || command.year() > today.getYear() + 1) {
				errors.add(FieldError.of("year", "cdcmonitoring.project.year", today.getYear() - 1, today.getYear() + 1));
			}
			if (command.kind() == null) {
				errors.add(FieldError.of("kind", "cdcmonitoring.project.kind"));
			}
		}
		else {
			if (command.year() != null && command.year() != existing.year()) {
				errors.add(FieldError.of("year", "cdcmonitoring.project.fixed", existing.year()));
			}
			if (command.kind() != null && command.kind() != existing.kind()) {
				errors.add(FieldError.of("kind", "cdcmonitoring.project.fixed", existing.kind().name()));
			}
		}
		if (command.name() == null || command.name().isBlank() || command.name().trim().length() > 200) {
			errors.add(FieldError.of("name", "cdcmonitoring.project.name"));
		}
		Set<String> industryCodes = new LinkedHashSet<>(command.industries());
		Set<String> hazardCodes = new LinkedHashSet<>(command.hazards());
		if (drawn && !industryCodes.equals(new LinkedHashSet<>(existing.industries()))) {
			errors.add(FieldError.of("industries", "cdcmonitoring.project.drawnFixed"));
		}
		else {
			if (industryCodes.isEmpty()) {
				errors.add(FieldError.of("industries", "cdcmonitoring.project.industries"));
			}
			industryCodes.stream()
				.filter(c -> this.industries.findIndustry(c).isEmpty())
				.forEach(c -> errors.add(FieldError.of("industries", "cdcmonitoring.project.industryUnknown", c)));
		}
		if (drawn && !hazardCodes.equals(new LinkedHashSet<>(existing.hazards()))) {
			errors.add(FieldError.of("hazards", "cdcmonitoring.project.drawnFixed"));
		}
		else {
			if (hazardCodes.isEmpty()) {
				errors.add(FieldError.of("hazards", "cdcmonitoring.project.hazards"));
			}
			hazardCodes.stream()
				.filter(c -> this.factors.findFactor(c).isEmpty())
				.forEach(c -> errors.add(FieldError.of("hazards", "cdcmonitoring.project.hazardUnknown", c)));
		}
		if (command.qcShare() == null || command.qcShare().signum() <= 0 || command.qcShare().compareTo(BigDecimal.ONE) > 0) {
			errors.add(FieldError.of("qcShare", "cdcmonitoring.project.qcShare"));
		}
		else if (drawn && command.qcShare().compareTo(existing.qcShare()) != 0) {
			errors.add(FieldError.of("qcShare", "cdcmonitoring.project.drawnFixed"));
		}
		if (command.dueOn() == null
				|| command.dueOn().isBefore(today) && (existing == null || !command.dueOn().equals(existing.dueOn()))) {
			errors.add(FieldError.of("dueOn", "cdcmonitoring.project.dueOn"));
		}
		checkTargets(command.targets(), region, errors);
		if (drawn) {
			Map<String, Integer> before = new HashMap<>();
			this.reads.targets(existing.id()).forEach(t -> before.put(t.countyCode(), t.employers()));
			Map<String, Integer> after = new HashMap<>();
			command.targets().forEach(t -> after.put(t.countyCode() == null ? "" : t.countyCode().trim(), t.employers()));
			if (!before.equals(after)) {
				errors.add(FieldError.of("targets", "cdcmonitoring.project.drawnTargets"));
			}
		}
	}

	@Override
	@Transactional
	public ProjectView update(Actor actor, long id, ProjectCommand command) {
		CdcMonitoringReads.ProjectRow p = open(actor, id);
		List<FieldError> errors = new ArrayList<>();
		checkCommand(command, p.regionCode(), today(), p, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		List<Target> targetsBefore = this.reads.targets(id);
		Set<String> industryCodes = new LinkedHashSet<>(command.industries());
		Set<String> hazardCodes = new LinkedHashSet<>(command.hazards());
		this.jdbc.sql("""
				update cdcmonitoring.monitoring_project set name = :name, industries = :industries, hazards = :hazards,
				  qc_share = :share, due_on = :due, updated_by = :by, updated_at = :at
				where id = :id and closed_at is null""")
			.param("name", command.name().trim())
			.param("industries", industryCodes.toArray(String[]::new))
			.param("hazards", hazardCodes.toArray(String[]::new))
			.param("share", command.qcShare())
			.param("due", command.dueOn())
			.param("by", actor.username())
			.param("at", Timestamp.from(this.clock.instant()))
			.param("id", id)
			.update();
		this.jdbc.sql("delete from cdcmonitoring.project_target where project_id = :p").param("p", id).update();
		for (Target t : command.targets()) {
			this.jdbc.sql("insert into cdcmonitoring.project_target (project_id, county_code, employers, workers, hazards) values (:p, :c, :e, :w, :h)")
				.param("p", id)
				.param("c", t.countyCode().trim())
				.param("e", t.employers())
				.param("w", t.workers())
				.param("h", t.hazards())
				.update();
		}
		this.audit.record(actor, "cdcmonitoring.project.updated", AuditTarget.of("monitoring-project", id, p.regionCode()),
				facts(p.name(), p.industries(), p.hazards(), p.qcShare(), p.dueOn(), targetsBefore),
				facts(command.name().trim(), List.copyOf(industryCodes), List.copyOf(hazardCodes), command.qcShare(),
						command.dueOn(), command.targets()));
		return find(actor, id);
	}

	private static Map<String, Object> facts(String name, List<String> industries, List<String> hazards, BigDecimal share,
			LocalDate due, List<Target> targets) {
		Map<String, Object> m = new java.util.LinkedHashMap<>();
		m.put("name", name);
		m.put("industries", String.join(",", industries));
		m.put("hazards", String.join(",", hazards));
		m.put("qcShare", share.stripTrailingZeros().toPlainString());
		m.put("dueOn", due.toString());
		m.put("targets", String.join(";", targets.stream()
			.map(t -> t.countyCode() + ":" + t.employers() + "/" + t.workers() + "/" + t.hazards())
			.toList()));
		return m;
	}

	@Override
	@Transactional
	public ProjectView close(Actor actor, long id, String note) {
		CdcMonitoringReads.ProjectRow p = open(actor, id);
		List<FieldError> errors = new ArrayList<>();
		String reason = note == null ? "" : note.trim();
		if (reason.isEmpty() || reason.length() > 500) {
			errors.add(FieldError.of("note", "cdcmonitoring.close.note"));
		}
		long open = this.jdbc.sql("select count(*) from cdcmonitoring.qc_check where project_id = :p and status = 'DISAGREED'")
			.param("p", id)
			.query(Long.class)
			.single();
		if (open > 0) {
			errors.add(FieldError.of(null, "cdcmonitoring.close.openDisagreements", open));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				update cdcmonitoring.monitoring_project set closed_by = :by, closed_at = :at, close_note = :note
				where id = :id and closed_at is null""")
			.param("by", actor.username())
			.param("at", Timestamp.from(now))
			.param("note", reason)
			.param("id", id)
			.update();
		List<Progress.Row> rows = rows(id);
		CdcMonitoringReads.ProjectRow closed = this.reads.projectRow(id);
		String code = this.summaries.issue(actor, closed, rows, total(rows), LocalDate.ofInstant(now, ZONE));
		Map<String, Object> after = new java.util.LinkedHashMap<>();
		after.put("note", reason);
		after.put("summary", code);
		Progress.Row t = total(rows);
		after.put("surveyed", t.surveyed() + "/" + t.targetEmployers());
		after.put("workers", t.workers() + "/" + t.targetWorkers());
		after.put("hazards", t.hazards() + "/" + t.targetHazards());
		this.audit.record(actor, "cdcmonitoring.project.closed", AuditTarget.of("monitoring-project", id, p.regionCode()),
				Map.of("status", "OPEN"), after);
		return find(actor, id);
	}

	@Override
	@Transactional(readOnly = true)
	public byte[] summaryPdf(Actor actor, long id) {
		actor.require(CdcMonitoringPermissions.PROJECT_READ);
		this.reads.project(actor, id).orElseThrow(() -> new NotFoundException("monitoring-project", id));
		return this.summaries.pdf(id).orElseThrow(() -> new NotFoundException("monitoring-summary", id));
	}

	@Override
	@Transactional(readOnly = true)
	public java.util.Optional<org.ohsonline.cdcmonitoring.PublishedDraw> published(long id) {
		return this.reads.draw(id).map(draw -> {
			CdcMonitoringReads.ProjectRow p = this.reads.projectRow(id);
			Set<String> counties = new java.util.TreeSet<>(this.reads.targets(id).stream().map(Target::countyCode).toList());
			List<org.ohsonline.cdcmonitoring.PublishedDraw.Line> lines = this.reads.sample(id, counties)
				.stream()
				.map(s -> new org.ohsonline.cdcmonitoring.PublishedDraw.Line(s.seq(), s.countyCode(), s.employerId(),
						s.creditCode(), s.employerName()))
				.toList();
			return new org.ohsonline.cdcmonitoring.PublishedDraw(p.id(), p.year(), p.kind(), p.name(), p.regionCode(),
					p.synthetic(), draw, this.reads.inputsText(id).orElse(""), lines);
		});
	}

	@Override
	@Transactional(readOnly = true)
	public ProjectView find(Actor actor, long id) {
		actor.require(CdcMonitoringPermissions.PROJECT_READ);
		CdcMonitoringReads.ProjectRow p = this.reads.project(actor, id).orElseThrow(() -> new NotFoundException("monitoring-project", id));
		Set<String> counties = this.reads.counties(actor, id);
		return new ProjectView(p.id(), p.year(), p.kind(), p.name(), p.regionCode(), p.industries(), p.hazards(),
				p.formVersionId(), p.formEdition(), p.qcShare(), p.dueOn(), p.createdBy(), p.createdAt(), p.synthetic(),
				this.reads.targets(id), this.reads.draw(id).orElse(null), this.reads.sample(id, counties),
				this.reads.tasksOf(id, counties), this.reads.checks(id, counties), p.closedAt(), p.closedBy(), p.closeNote(),
				this.summaries.code(id).orElse(null));
	}

	@Override
	@Transactional
	public DrawView draw(Actor actor, long id) {
		return this.samples.draw(actor, open(actor, id));
	}

	@Override
	@Transactional(readOnly = true)
	public String inputs(Actor actor, long id) {
		actor.require(CdcMonitoringPermissions.PROJECT_READ);
		this.reads.project(actor, id).orElseThrow(() -> new NotFoundException("monitoring-project", id));
		return this.reads.inputsText(id).orElseThrow(() -> new NotFoundException("sample-draw", id));
	}

	@Override
	@Transactional
	public TaskView assign(Actor actor, long projectId, TaskCommand command) {
		return this.assignments.assign(actor, open(actor, projectId), command);
	}

	@Override
	@Transactional(readOnly = true)
	public List<org.ohsonline.agency.AgencyRef> assignable(Actor actor, long projectId) {
		return this.assignments.qualified(writable(actor, projectId));
	}

	/** The project if the actor may change it and it is not closed. */
	CdcMonitoringReads.ProjectRow open(Actor actor, long id) {
		CdcMonitoringReads.ProjectRow p = writable(actor, id);
		if (p.closed()) {
			throw InvalidInputException.of(null, "cdcmonitoring.project.closed");
		}
		return p;
	}

	/** The project if the actor may change it: write permission and a region scope at the project's level or above. */
	CdcMonitoringReads.ProjectRow writable(Actor actor, long id) {
		actor.require(CdcMonitoringPermissions.PROJECT_WRITE);
		CdcMonitoringReads.ProjectRow p = this.reads.project(actor, id).orElseThrow(() -> new NotFoundException("monitoring-project", id));
		if (!actor.scope().coversRegion(p.regionCode())) {
			throw new AccessDeniedException(CdcMonitoringPermissions.PROJECT_WRITE);
		}
		return p;
	}

	@Override
	@Transactional(readOnly = true)
	public Progress progress(Actor actor, long projectId) {
		actor.require(CdcMonitoringPermissions.PROJECT_READ);
		CdcMonitoringReads.ProjectRow p = this.reads.project(actor, projectId)
			.orElseThrow(() -> new NotFoundException("monitoring-project", projectId));
		Set<String> counties = this.reads.counties(actor, projectId);
		List<Progress.Row> rows = (p.closed() ? this.summaries.frozen(projectId).orElseGet(() -> rows(projectId)) : rows(projectId))
			.stream()
			.filter(r -> counties.contains(r.countyCode()))
			.toList();
		LocalDate asOf = p.closed() ? LocalDate.ofInstant(p.closedAt(), ZONE) : today();
		return new Progress(p.id(), p.name(), p.year(), p.kind(), asOf, rows, total(rows), p.closedAt());
	}

	/** The progress of every target county of the project, counted now. */
	List<Progress.Row> rows(long projectId) {
		List<Progress.Row> rows = new ArrayList<>();
		for (Target t : this.reads.targets(projectId)) {
			rows.add(this.jdbc.sql("""
					select
					  (select count(*) from cdcmonitoring.sampled_employer s where s.project_id = :p and s.county_code = :c),
					  count(v.id), coalesce(sum(v.workers), 0), coalesce(sum(v.hazards), 0), coalesce(sum(v.exceeding), 0),
					  count(v.id) filter (where v.qc_picked),
					  (select count(*) from cdcmonitoring.qc_check q where q.project_id = :p and q.county_code = :c),
					  (select count(*) from cdcmonitoring.qc_check q where q.project_id = :p and q.county_code = :c and q.status = 'DISAGREED')
					from cdcmonitoring.survey v where v.project_id = :p and v.county_code = :c""")
				.param("p", projectId)
				.param("c", t.countyCode())
				.query((rs, i) -> new Progress.Row(t.countyCode(), t.employers(), rs.getInt(1), rs.getInt(2), t.workers(),
						rs.getInt(3), t.hazards(), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8)))
				.single());
		}
		return rows;
	}

	static Progress.Row total(List<Progress.Row> rows) {
		return new Progress.Row("", sum(rows, Progress.Row::targetEmployers), sum(rows, Progress.Row::sampled),
				sum(rows, Progress.Row::surveyed), sum(rows, Progress.Row::targetWorkers), sum(rows, Progress.Row::workers),
				sum(rows, Progress.Row::targetHazards), sum(rows, Progress.Row::hazards), sum(rows, Progress.Row::exceeding),
				sum(rows, Progress.Row::qcPicked), sum(rows, Progress.Row::qcChecked), sum(rows, Progress.Row::qcOpen));
	}

	private static int sum(List<Progress.Row> rows, java.util.function.ToIntFunction<Progress.Row> f) {
		return rows.stream().mapToInt(f).sum();
	}

	@Override
	@Transactional(readOnly = true)
	public List<FormField> form(Actor actor, long projectId) {
		actor.require(CdcMonitoringPermissions.PROJECT_READ);
		CdcMonitoringReads.ProjectRow p = this.reads.project(actor, projectId)
			.orElseThrow(() -> new NotFoundException("monitoring-project", projectId));
		return SurveyForm.of(this.catalogs.allEntries(p.formVersionId(), ""), p.kind().name()).fields();
	}

}
