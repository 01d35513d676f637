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

	MonitoringProjectService(CdcMonitoringReads reads, MonitoringSampleService samples, MonitoringTaskAssignments assignments, Catalogs catalogs,
			Divisions divisions, Industries industries, HazardFactors factors, AuditTrail audit, JdbcClient jdbc, Clock clock) {
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
		if (command.year() == null || command.year() < today.getYear() - 1 || command.year() > today.getYear() + 1) {
			errors.add(FieldError.of("year", "cdcmonitoring.project.year", today.getYear() - 1, today.getYear() + 1));
		}
		if (command.kind() == null) {
			errors.add(FieldError.of("kind", "cdcmonitoring.project.kind"));
		}
		if (command.name() == null || command.name().isBlank() || command.name().trim().length() > 200) {
			errors.add(FieldError.of("name", "cdcmonitoring.project.name"));
		}
		Set<String> industryCodes = new LinkedHashSet<>(command.industries());
		if (industryCodes.isEmpty()) {
			errors.add(FieldError.of("industries", "cdcmonitoring.project.industries"));
		}
		industryCodes.stream()
			.filter(c -> this.industries.findIndustry(c).isEmpty())
			.forEach(c -> errors.add(FieldError.of("industries", "cdcmonitoring.project.industryUnknown", c)));
		Set<String> hazardCodes = new LinkedHashSet<>(command.hazards());
		if (hazardCodes.isEmpty()) {
			errors.add(FieldError.of("hazards", "cdcmonitoring.project.hazards"));
		}
		hazardCodes.stream()
			.filter(c -> this.factors.findFactor(c).isEmpty())
			.forEach(c -> errors.add(FieldError.of("hazards", "cdcmonitoring.project.hazardUnknown", c)));
		if (command.qcShare() == null || command.qcShare().signum() <= 0 || command.qcShare().compareTo(BigDecimal.ONE) > 0) {
			errors.add(FieldError.of("qcShare", "cdcmonitoring.project.qcShare"));
		}
		if (command.dueOn() == null || command.dueOn().isBefore(today)) {
			errors.add(FieldError.of("dueOn", "cdcmonitoring.project.dueOn"));
		}
		checkTargets(command.targets(), region, errors);
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

	@Override
	@Transactional(readOnly = true)
	public ProjectView find(Actor actor, long id) {
		actor.require(CdcMonitoringPermissions.PROJECT_READ);
		CdcMonitoringReads.ProjectRow p = this.reads.project(actor, id).orElseThrow(() -> new NotFoundException("monitoring-project", id));
		Set<String> counties = this.reads.counties(actor, id);
		return new ProjectView(p.id(), p.year(), p.kind(), p.name(), p.regionCode(), p.industries(), p.hazards(),
				p.formVersionId(), p.formEdition(), p.qcShare(), p.dueOn(), p.createdBy(), p.createdAt(), p.synthetic(),
				this.reads.targets(id), this.reads.draw(id).orElse(null), this.reads.sample(id, counties),
				this.reads.tasksOf(id, counties), this.reads.checks(id, counties));
	}

	@Override
	@Transactional
	public DrawView draw(Actor actor, long id) {
		return this.samples.draw(actor, writable(actor, id));
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
		return this.assignments.assign(actor, writable(actor, projectId), command);
	}

	@Override
	@Transactional(readOnly = true)
	public List<org.ohsonline.agency.AgencyRef> assignable(Actor actor, long projectId) {
		return this.assignments.qualified(writable(actor, projectId));
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
		List<Progress.Row> rows = new ArrayList<>();
		for (Target t : this.reads.targets(projectId)) {
			if (!counties.contains(t.countyCode())) {
				continue;
			}
			rows.add(this.jdbc.sql("""
					select
					  (select count(*) from cdcmonitoring.sampled_employer s where s.project_id = :p and s.county_code = :c),
					  count(v.id), coalesce(sum(v.workers), 0), coalesce(sum(v.hazards), 0),
					  count(v.id) filter (where v.qc_picked),
					  (select count(*) from cdcmonitoring.qc_check q where q.project_id = :p and q.county_code = :c),
					  (select count(*) from cdcmonitoring.qc_check q where q.project_id = :p and q.county_code = :c and q.status = 'DISAGREED')
					from cdcmonitoring.survey v where v.project_id = :p and v.county_code = :c""")
				.param("p", projectId)
				.param("c", t.countyCode())
				.query((rs, i) -> new Progress.Row(t.countyCode(), t.employers(), rs.getInt(1), rs.getInt(2), t.workers(),
						rs.getInt(3), t.hazards(), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7)))
				.single());
		}
		Progress.Row total = new Progress.Row("", sum(rows, Progress.Row::targetEmployers), sum(rows, Progress.Row::sampled),
				sum(rows, Progress.Row::surveyed), sum(rows, Progress.Row::targetWorkers), sum(rows, Progress.Row::workers),
				sum(rows, Progress.Row::targetHazards), sum(rows, Progress.Row::hazards), sum(rows, Progress.Row::qcPicked),
				sum(rows, Progress.Row::qcChecked), sum(rows, Progress.Row::qcOpen));
		return new Progress(p.id(), p.name(), p.year(), p.kind(), today(), rows, total);
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
