package org.ohsonline.cdcmonitoring.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.ohsonline.agency.Agencies;
import org.ohsonline.agency.AgencyKind;
import org.ohsonline.agency.AgencyRef;
import org.ohsonline.agency.AgencyStatus;
import org.ohsonline.agency.Blacklist;
import org.ohsonline.agency.BlacklistView;
import org.ohsonline.agency.JobType;
import org.ohsonline.agency.Qualification;
import org.ohsonline.cdcmonitoring.Assignee;
import org.ohsonline.cdcmonitoring.MonitoringKind;
import org.ohsonline.cdcmonitoring.TaskCommand;
import org.ohsonline.cdcmonitoring.TaskView;
import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.reference.HazardFactor;
import org.ohsonline.reference.HazardFactors;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Assigns a county's task to its CDC or to an agency: only an organisation of the project's province and of the kind
 * the project needs, active,
 * qualified today — a service agency for testing on every hazard category of the project, an exam institution with
 * a valid qualification — and not on the blacklist; a blacklisted one is refused with the entry's end day.
 */
@Component
class MonitoringTaskAssignments {

	private final Agencies agencies;

	private final Blacklist blacklist;

	private final HazardFactors factors;

	private final CdcMonitoringReads reads;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	private final Clock clock;

	MonitoringTaskAssignments(Agencies agencies, Blacklist blacklist, HazardFactors factors, CdcMonitoringReads reads, AuditTrail audit,
			JdbcClient jdbc, Clock clock) {
		this.agencies = agencies;
		this.blacklist = blacklist;
		this.factors = factors;
		this.reads = reads;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The kind of organisation a project's tasks go to. */
	static AgencyKind kindFor(MonitoringKind kind) {
		return kind == MonitoringKind.KEY_DISEASE ? AgencyKind.EXAM_INSTITUTION : AgencyKind.SERVICE_AGENCY;
	}

	TaskView assign(Actor actor, CdcMonitoringReads.ProjectRow project, TaskCommand command) {
		LocalDate today = LocalDate.now(this.clock.withZone(MonitoringProjectService.ZONE));
		List<FieldError> errors = new ArrayList<>();
		String county = command.countyCode() == null ? "" : command.countyCode().trim();
		if (this.reads.targets(project.id()).stream().noneMatch(t -> t.countyCode().equals(county))) {
			errors.add(FieldError.of("countyCode", "cdcmonitoring.task.county", county));
		}
		if (command.assignee() == null) {
			errors.add(FieldError.of("assignee", "cdcmonitoring.task.assigneeMissing"));
		}
		if (command.dueOn() == null || command.dueOn().isBefore(today)) {
			errors.add(FieldError.of("dueOn", "cdcmonitoring.task.dueOn"));
		}
		AgencyRef agency = null;
		if (command.assignee() == Assignee.AGENCY) {
			agency = command.agencyId() == null ? null : this.agencies.reference(command.agencyId()).orElse(null);
			if (agency == null) {
				errors.add(FieldError.of("agencyId", "cdcmonitoring.task.agencyMissing"));
			}
			else {
				refusal(project, agency, today).ifPresent(errors::add);
			}
		}
		if (errors.isEmpty() && surveysIn(project.id(), county)) {
			errors.add(FieldError.of("countyCode", "cdcmonitoring.task.surveysIn"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		Optional<CdcMonitoringReads.TaskRow> before = this.reads.taskOf(project.id(), county);
		this.jdbc.sql("""
				insert into cdcmonitoring.survey_task (project_id, county_code, assignee, agency_id, agency_credit_code, agency_name,
				  due_on, assigned_by, assigned_at)
				values (:p, :c, :assignee, :agency, :code, :name, :due, :by, :at)
				on conflict (project_id, county_code) do update set assignee = excluded.assignee, agency_id = excluded.agency_id,
				  agency_credit_code = excluded.agency_credit_code, agency_name = excluded.agency_name, due_on = excluded.due_on,
				  assigned_by = excluded.assigned_by, assigned_at = excluded.assigned_at""")
			.param("p", project.id())
			.param("c", county)
			.param("assignee", command.assignee().name())
			.param("agency", agency == null ? null : agency.id())
			.param("code", agency == null ? null : agency.creditCode())
			.param("name", agency == null ? null : agency.name())
			.param("due", command.dueOn())
			.param("by", actor.username())
			.param("at", Timestamp.from(this.clock.instant()))
			.update();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("county", county);
		after.put("assignee", command.assignee().name());
		after.put("agency", agency == null ? "" : agency.creditCode());
		after.put("dueOn", command.dueOn().toString());
		this.audit.record(actor, "cdcmonitoring.task.assigned", AuditTarget.of("monitoring-project", project.id(), county),
				before.map(b -> Map.<String, Object>of("assignee", b.assignee().name(),
						"agency", b.agencyCreditCode() == null ? "" : b.agencyCreditCode())).orElse(null), after);
		long id = this.reads.taskOf(project.id(), county).orElseThrow().id();
		return this.reads.task(actor, id).orElseThrow(() -> new NotFoundException("survey-task", id));
	}

	private boolean surveysIn(long projectId, String county) {
		return this.jdbc.sql("select exists (select 1 from cdcmonitoring.survey where project_id = :p and county_code = :c)")
			.param("p", projectId)
			.param("c", county)
			.query(Boolean.class)
			.single();
	}

	/** Why the organisation may not take the project's tasks today, if it may not. */
	Optional<FieldError> refusal(CdcMonitoringReads.ProjectRow project, AgencyRef agency, LocalDate today) {
		if (agency.regionCode() == null || !agency.regionCode().startsWith(project.regionCode().substring(0, 2))) {
			// The province's own directory only; an organisation elsewhere is not named back.
			return Optional.of(FieldError.of("agencyId", "cdcmonitoring.task.otherProvince"));
		}
		Optional<BlacklistView> listed = this.blacklist.inForce(agency.id(), today);
		if (listed.isPresent()) {
			return Optional.of(FieldError.of("agencyId", "cdcmonitoring.task.blacklisted", agency.name(),
					listed.get().endsOn() == null ? "" : listed.get().endsOn().toString()));
		}
		AgencyKind wanted = kindFor(project.kind());
		if (agency.kind() != wanted) {
			return Optional.of(FieldError.of("agencyId", "cdcmonitoring.task.wrongKind", agency.name()));
		}
		if (wanted == AgencyKind.EXAM_INSTITUTION) {
			boolean valid = agency.status() == AgencyStatus.ACTIVE && !today.isBefore(agency.validFrom())
					&& !today.isAfter(agency.validTo());
			return valid ? Optional.empty()
					: Optional.of(FieldError.of("agencyId", "cdcmonitoring.task.notQualified", agency.name()));
		}
		for (String category : categories(project)) {
			Qualification q = this.agencies.qualifiedFor(agency.id(), JobType.PERIODIC_TESTING, category, today);
			if (!q.qualified()) {
				return Optional.of(FieldError.of("agencyId", "cdcmonitoring.task.notQualified", agency.name()));
			}
		}
		return Optional.empty();
	}

	private Set<String> categories(CdcMonitoringReads.ProjectRow project) {
		Set<String> categories = new TreeSet<>();
		for (String code : project.hazards()) {
			this.factors.findFactor(code).map(HazardFactor::categoryCode).ifPresent(categories::add);
		}
		return categories;
	}

	/** The organisations of the project's kind that may take its tasks today, for the form. */
	List<AgencyRef> qualified(CdcMonitoringReads.ProjectRow project) {
		LocalDate today = LocalDate.now(this.clock.withZone(MonitoringProjectService.ZONE));
		return this.agencies.directory(kindFor(project.kind()))
			.stream()
			.map(a -> this.agencies.reference(a.id()).orElse(null))
			.filter(a -> a != null && refusal(project, a, today).isEmpty())
			.toList();
	}

}
