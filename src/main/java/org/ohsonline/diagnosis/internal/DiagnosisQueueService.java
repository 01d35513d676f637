package org.ohsonline.diagnosis.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ohsonline.diagnosis.CaseStatus;
import org.ohsonline.diagnosis.ClockKind;
import org.ohsonline.diagnosis.DiagnosisQueues;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.shared.Tallies;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The home pages' counts of clocks, cases and appointments, with the predicates of their lists. */
@Service
class DiagnosisQueueService implements DiagnosisQueues {

	private final JdbcClient jdbc;

	private final Scopes scopes;

	private final CaseClocks clocks;

	DiagnosisQueueService(JdbcClient jdbc, Scopes scopes, CaseClocks clocks) {
		this.jdbc = jdbc;
		this.scopes = scopes;
		this.clocks = clocks;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<ClockKind, ClockCount> clocks(Actor actor) {
		actor.require(DiagnosisPermissions.READ);
		Map<ClockKind, ClockCount> counts = new EnumMap<>(ClockKind.class);
		for (ClockKind kind : ClockKind.values()) {
			counts.put(kind, new ClockCount(kind, 0, 0, null));
		}
		Optional<String> region = ScopeFilter.narrowRegion(actor, null);
		if (region.isEmpty()) {
			return counts;
		}
		this.jdbc.sql("""
				select k.kind, count(*) as open,
				       count(*) filter (where k.kind in ('DIAGNOSIS', 'CERTIFICATE') and k.due_on < :today) as overdue,
				       min(k.due_on) as next
				from diagnosis.case_clock k join diagnosis.diagnosis_case c on c.id = k.case_id
				where k.state = 'OPEN' and k.region_code like :region || '%' and """ + CaseStore.SCOPE + """

				group by k.kind""")
			.params(parameters(actor, region.get()))
			.query(rs -> {
				ClockKind kind = ClockKind.valueOf(rs.getString("kind"));
				counts.put(kind, new ClockCount(kind, rs.getLong("open"), rs.getLong("overdue"),
						rs.getObject("next", LocalDate.class)));
			});
		return counts;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<CaseStatus, Long> cases(Actor actor) {
		actor.require(DiagnosisPermissions.READ);
		Map<CaseStatus, Long> counts = new EnumMap<>(CaseStatus.class);
		for (CaseStatus status : CaseStatus.values()) {
			counts.put(status, 0L);
		}
		Optional<String> region = ScopeFilter.narrowRegion(actor, null);
		if (region.isEmpty()) {
			return counts;
		}
		this.jdbc.sql("""
				select c.status, count(*) as n from diagnosis.diagnosis_case c
				where c.region_code like :region || '%' and """ + CaseStore.SCOPE + """

				group by c.status""")
			.params(parameters(actor, region.get()))
			.query(rs -> {
				counts.put(CaseStatus.valueOf(rs.getString("status")), rs.getLong("n"));
			});
		return counts;
	}

	@Override
	@Transactional(readOnly = true)
	public Tallies overdue(Actor actor, int top) {
		actor.require(DiagnosisPermissions.READ);
		Optional<String> region = ScopeFilter.narrowRegion(actor, null);
		if (region.isEmpty()) {
			return Tallies.NONE;
		}
		return Tallies.count(this.jdbc, """
				select c.region_code, c.employer_id, c.employer_name
				from diagnosis.case_clock k join diagnosis.diagnosis_case c on c.id = k.case_id
				where k.state = 'OPEN' and k.kind in ('DIAGNOSIS', 'CERTIFICATE') and k.due_on < :today
				  and k.region_code like :region || '%' and """ + CaseStore.SCOPE, parameters(actor, region.get()),
				Tallies.lowerLevelLength(actor), top);
	}

	@Override
	@Transactional(readOnly = true)
	public List<StationDay> appointmentsOn(Actor actor, LocalDate day) {
		actor.require(DiagnosisPermissions.REHAB_READ);
		Optional<String> region = ScopeFilter.narrowRegion(actor, null);
		if (region.isEmpty()) {
			return List.of();
		}
		Map<String, Object> parameters = new HashMap<>(this.scopes.of(actor).parameters());
		parameters.put("region", region.get());
		parameters.put("day", day);
		List<StationDay> days = new ArrayList<>();
		this.jdbc.sql("""
				select s.id, s.name, count(a.id) as appointments
				from diagnosis.station s
				left join diagnosis.appointment a on a.station_id = s.id and a.scheduled_on = :day and a.status = 'SCHEDULED'
				where s.status = 'ACTIVE' and s.region_code like :region || '%' and """ + RehabStore.STATION_PREDICATE + """

				group by s.id, s.name order by s.name, s.id""")
			.params(parameters)
			.query(rs -> {
				days.add(new StationDay(rs.getLong("id"), rs.getString("name"), rs.getLong("appointments")));
			});
		return days;
	}

	private Map<String, Object> parameters(Actor actor, String region) {
		Map<String, Object> parameters = new HashMap<>(this.scopes.of(actor).parameters());
		parameters.put("region", region);
		parameters.put("today", this.clocks.today());
		return parameters;
	}

}
