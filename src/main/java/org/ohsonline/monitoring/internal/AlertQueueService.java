package org.ohsonline.monitoring.internal;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ohsonline.monitoring.AlertKind;
import org.ohsonline.monitoring.AlertQueues;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.ScopeFilter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The home pages' counts of alerts, with the scope and queue conditions of the alert list. */
@Service
class AlertQueueService implements AlertQueues {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final JdbcClient jdbc;

	AlertQueueService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public Queue queue(Actor actor) {
		actor.require(MonitoringPermissions.ALERT_READ);
		Optional<String> region = ScopeFilter.narrowRegion(actor, null);
		if (region.isEmpty()) {
			return new Queue(0, 0, null, 0, 0, 0);
		}
		return this.jdbc.sql("""
				select count(*) filter (where a.status = 'RAISED') as awaiting_answer,
				       count(*) filter (where a.status = 'RAISED' and a.escalated_at is not null) as escalated,
				       min(a.acknowledge_due) filter (where a.status = 'RAISED' and a.escalated_at is null) as next_due,
				       count(*) filter (where a.status = 'ACKNOWLEDGED'
				                        or (a.status = 'RAISED' and a.escalated_at is not null)) as to_verify,
				       count(*) filter (where a.status = 'VERIFYING' and a.inspector = :me) as mine,
				       count(*) as open
				from monitoring.alert a
				where a.status in ('RAISED', 'ACKNOWLEDGED', 'VERIFYING') and a.region_code like :region || '%' and """
				+ AlertStore.SCOPE)
			.params(ScopeFilter.of(actor).parameters())
			.params(Map.of("region", region.get(), "me", actor.username()))
			.query((rs, n) -> new Queue(rs.getLong("awaiting_answer"), rs.getLong("escalated"),
					DeviceStore.instant(rs, "next_due"), rs.getLong("to_verify"), rs.getLong("mine"), rs.getLong("open")))
			.single();
	}

	@Override
	@Transactional(readOnly = true)
	public List<MonthCount> byMonth(Actor actor, YearMonth from) {
		actor.require(MonitoringPermissions.ALERT_READ);
		Optional<String> region = ScopeFilter.narrowRegion(actor, null);
		if (region.isEmpty()) {
			return List.of();
		}
		List<MonthCount> counts = new ArrayList<>();
		this.jdbc.sql("""
				select to_char(a.raised_at at time zone 'Asia/Shanghai', 'YYYY-MM') as month, a.kind, count(*) as alerts
				from monitoring.alert a
				where a.raised_at >= :from and a.region_code like :region || '%' and """ + AlertStore.SCOPE + """

				group by 1, 2 order by 1, 2""")
			.params(ScopeFilter.of(actor).parameters())
			.params(Map.of("region", region.get(), "from",
					Timestamp.from(from.atDay(1).atStartOfDay(ZONE).toInstant())))
			.query(rs -> {
				counts.add(new MonthCount(YearMonth.parse(rs.getString("month")), AlertKind.valueOf(rs.getString("kind")),
						rs.getLong("alerts")));
			});
		return counts;
	}

}
