package org.ohsonline.testing.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.ScopeColumns;
import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.shared.Tallies;
import org.ohsonline.testing.JobStatus;
import org.ohsonline.testing.TestingQueues;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The home pages' counts of validity clocks and jobs, with the predicates of their lists. */
@Service
class TestingQueueService implements TestingQueues {

	private static final String CLOCK_READ = "testing:clock:read";

	/** Clocks are seen by region or by the employer (as on {@code /testing/clocks}), by no one else. */
	private static final ScopeColumns CLOCKS = ScopeColumns.on("c").region("region_code").employer("credit_code");

	private static final ScopeColumns JOBS = ScopeColumns.on("j")
		.region("region_code")
		.employer("credit_code")
		.agency("agency_credit_code");

	private final JdbcClient jdbc;

	private final Clock clock;

	TestingQueueService(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public ClockQueue clocks(Actor actor) {
		actor.require(CLOCK_READ);
		Optional<String> region = ScopeFilter.narrowRegion(actor, null);
		if (region.isEmpty()) {
			return new ClockQueue(0, 0, null, null);
		}
		ScopeFilter scope = ScopeFilter.of(actor);
		return this.jdbc.sql("""
				select count(*) filter (where c.due_on < :today) as overdue,
				       count(*) filter (where c.due_on >= :today and c.due_on - c.remind_days <= :today) as soon,
				       min(c.due_on) filter (where c.due_on < :today) as oldest,
				       min(c.due_on) filter (where c.due_on >= :today) as next
				from testing.validity_clock c
				where c.active and c.region_code like :region || '%%' and %s""".formatted(CLOCKS.predicateWithinRegion(scope)))
			.params(scope.parameters())
			.param("region", region.get())
			.param("today", today())
			.query((rs, n) -> new ClockQueue(rs.getLong("overdue"), rs.getLong("soon"),
					rs.getObject("oldest", LocalDate.class), rs.getObject("next", LocalDate.class)))
			.single();
	}

	@Override
	@Transactional(readOnly = true)
	public Tallies overdue(Actor actor, int top) {
		actor.require(CLOCK_READ);
		Optional<String> region = ScopeFilter.narrowRegion(actor, null);
		if (region.isEmpty()) {
			return Tallies.NONE;
		}
		ScopeFilter scope = ScopeFilter.of(actor);
		Map<String, Object> parameters = new HashMap<>(scope.parameters());
		parameters.put("region", region.get());
		parameters.put("today", today());
		return Tallies.count(this.jdbc, """
				select c.region_code, c.employer_id, c.employer_name from testing.validity_clock c
				where c.active and c.due_on < :today and c.region_code like :region || '%%' and %s"""
			.formatted(CLOCKS.predicateWithinRegion(scope)), parameters, Tallies.lowerLevelLength(actor), top);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<JobStatus, Long> jobsByStatus(Actor actor) {
		actor.require(TestingPermissions.READ);
		Map<JobStatus, Long> counts = new EnumMap<>(JobStatus.class);
		for (JobStatus status : JobStatus.values()) {
			counts.put(status, 0L);
		}
		Optional<String> region = ScopeFilter.narrowRegion(actor, null);
		if (region.isEmpty()) {
			return counts;
		}
		ScopeFilter scope = ScopeFilter.of(actor);
		this.jdbc.sql("""
				select j.status, count(*) as n from testing.job j
				where j.region_code like :region || '%%' and %s group by j.status""".formatted(JOBS.predicateWithinRegion(scope)))
			.params(scope.parameters())
			.param("region", region.get())
			.query(rs -> {
				counts.put(JobStatus.valueOf(rs.getString("status")), rs.getLong("n"));
			});
		return counts;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(ValidityClockService.ZONE));
	}

}
