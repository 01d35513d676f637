package org.ohsonline.projects.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.ohsonline.projects.Stage;
import org.ohsonline.projects.Tracking;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.ScopeFilter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quarterly tracking (季度跟踪, as Cangzhou reports it): each project registered by the quarter's end, by the
 * stage it stood at on that day — the stage started and not completed by then, or done —, whether that stage was
 * overdue then, and whether it was registered or completed within the quarter; grouped by the region one level
 * below the one asked for (province → cities → counties → townships).
 */
@Service
class TrackingService implements Tracking {

	private final JdbcClient jdbc;

	private final Clock clock;

	TrackingService(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	static int childLength(String region) {
		return switch (region.length()) {
			case 0 -> 2;
			case 2 -> 4;
			case 4 -> 6;
			default -> 9;
		};
	}

	@Override
	@Transactional(readOnly = true)
	public TrackingView quarter(Actor actor, String region, int year, int quarter) {
		actor.require(ProjectPermissions.READ);
		if (quarter < 1 || quarter > 4 || year < 2000 || year > LocalDate.now(this.clock).getYear() + 1) {
			throw InvalidInputException.of("quarter", "projects.period.invalid");
		}
		LocalDate from = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
		LocalDate to = from.plusMonths(3).minusDays(1);
		String within = ScopeFilter.narrowRegion(actor, region).orElse(null);
		if (within == null) {
			return new TrackingView(region, year, quarter, from, to, List.of(), empty(""));
		}
		Map<String, Object> parameters = new HashMap<>(ScopeFilter.of(actor).parameters());
		parameters.put("region", within);
		parameters.put("from", from);
		parameters.put("to", to);
		parameters.put("len", childLength(within));
		Map<String, long[]> counts = new TreeMap<>();
		Map<String, Map<String, Long>> stages = new TreeMap<>();
		this.jdbc.sql("""
				select substr(p.region_code, 1, :len) as area,
				       coalesce(s.stage, 'DONE') as stage_at,
				       coalesce(s.due_on < cast(:to as date), false) as overdue,
				       p.registered_on >= cast(:from as date) as registered,
				       coalesce(p.completed_on between cast(:from as date) and cast(:to as date), false) as completed
				from projects.project p
				left join projects.project_stage s on s.project_id = p.id and s.started_on <= cast(:to as date)
				     and (s.completed_on is null or s.completed_on > cast(:to as date))
				where p.registered_on <= cast(:to as date) and p.region_code like :region || '%'
				  and """ + ProjectReads.SCOPE.predicate())
			.params(parameters)
			.query((rs, n) -> {
				String area = rs.getString("area");
				long[] c = counts.computeIfAbsent(area, a -> new long[4]);
				c[0] += rs.getBoolean("overdue") ? 1 : 0;
				c[1] += rs.getBoolean("registered") ? 1 : 0;
				c[2] += rs.getBoolean("completed") ? 1 : 0;
				c[3]++;
				stages.computeIfAbsent(area, a -> new LinkedHashMap<>()).merge(rs.getString("stage_at"), 1L, Long::sum);
				return area;
			})
			.list();
		List<Row> rows = new ArrayList<>();
		Row total = empty(within);
		for (Map.Entry<String, long[]> e : counts.entrySet()) {
			Row row = row(e.getKey(), stages.get(e.getKey()), e.getValue());
			rows.add(row);
			total = add(total, row);
		}
		return new TrackingView(within, year, quarter, from, to, rows, total);
	}

	private static Row row(String area, Map<String, Long> at, long[] c) {
		Map<String, Long> ordered = new LinkedHashMap<>();
		for (Stage s : Stage.values()) {
			ordered.put(s.name(), at.getOrDefault(s.name(), 0L));
		}
		ordered.put("DONE", at.getOrDefault("DONE", 0L));
		return new Row(area, ordered, c[0], c[1], c[2], c[3]);
	}

	private static Row empty(String area) {
		return row(area, Map.of(), new long[4]);
	}

	private static Row add(Row a, Row b) {
		Map<String, Long> sum = new LinkedHashMap<>(a.atStage());
		b.atStage().forEach((k, v) -> sum.merge(k, v, Long::sum));
		return new Row(a.regionCode(), sum, a.overdue() + b.overdue(), a.registered() + b.registered(),
				a.completed() + b.completed(), a.total() + b.total());
	}

}
