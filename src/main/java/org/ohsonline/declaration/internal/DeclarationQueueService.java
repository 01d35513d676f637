package org.ohsonline.declaration.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.ohsonline.declaration.DeclarationQueues;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.ScopeColumns;
import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.shared.Tallies;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The home pages' counts of declarations and clocks, with the predicates of the lists. */
@Service
class DeclarationQueueService implements DeclarationQueues {

	private static final ScopeColumns COLUMNS = ScopeColumns.on("t").region("region_code").employer("credit_code");

	private final JdbcClient jdbc;

	private final Clock clock;

	DeclarationQueueService(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Queue queue(Actor actor) {
		actor.require(DeclarationPermissions.READ);
		Optional<String> region = ScopeFilter.narrowRegion(actor, null);
		if (region.isEmpty()) {
			return new Queue(0, 0, 0, 0, 0, 0, null, null);
		}
		ScopeFilter scope = ScopeFilter.of(actor);
		String within = COLUMNS.predicateWithinRegion(scope);
		return this.jdbc.sql("""
				select d.drafts, d.returned, d.submitted, c.overdue, c.soon, c.open, c.oldest, c.next
				from (select count(*) filter (where t.status = 'DRAFT') as drafts,
				             count(*) filter (where t.status = 'RETURNED') as returned,
				             count(*) filter (where t.status = 'SUBMITTED') as submitted
				      from declaration.declaration t
				      where t.status in ('DRAFT', 'RETURNED', 'SUBMITTED') and t.region_code like :region || '%%' and %1$s) d,
				     (select count(*) filter (where t.due_on < :today) as overdue,
				             count(*) filter (where t.due_on between :today and cast(:today as date) + 7) as soon,
				             count(*) as open,
				             min(t.due_on) filter (where t.due_on < :today) as oldest,
				             min(t.due_on) filter (where t.due_on >= :today) as next
				      from declaration.deadline_clock t
				      where t.state = 'OPEN' and t.region_code like :region || '%%' and %1$s) c""".formatted(within))
			.params(scope.parameters())
			.param("region", region.get())
			.param("today", today())
			.query((rs, n) -> new Queue(rs.getLong("drafts"), rs.getLong("returned"), rs.getLong("submitted"),
					rs.getLong("overdue"), rs.getLong("soon"), rs.getLong("open"), date(rs.getDate("oldest")),
					date(rs.getDate("next"))))
			.single();
	}

	@Override
	@Transactional(readOnly = true)
	public Tallies overdue(Actor actor, int top) {
		actor.require(DeclarationPermissions.READ);
		Optional<String> region = ScopeFilter.narrowRegion(actor, null);
		if (region.isEmpty()) {
			return Tallies.NONE;
		}
		ScopeFilter scope = ScopeFilter.of(actor);
		Map<String, Object> parameters = new java.util.HashMap<>(scope.parameters());
		parameters.put("region", region.get());
		parameters.put("today", today());
		return Tallies.count(this.jdbc, """
				select t.region_code, t.employer_id, t.employer_name from declaration.deadline_clock t
				where t.state = 'OPEN' and t.due_on < :today and t.region_code like :region || '%%' and %s"""
			.formatted(COLUMNS.predicateWithinRegion(scope)), parameters, Tallies.lowerLevelLength(actor), top);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(ClockService.ZONE));
	}

	private static LocalDate date(Date date) {
		return date == null ? null : date.toLocalDate();
	}

}
