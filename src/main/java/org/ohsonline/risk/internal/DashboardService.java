package org.ohsonline.risk.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ohsonline.reference.Division;
import org.ohsonline.reference.Divisions;
import org.ohsonline.risk.RiskClass;
import org.ohsonline.risk.RiskDashboard;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.ScopeFilter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The figures of the dashboard, grouped by the division level below the region asked for. */
@Service
class DashboardService implements RiskDashboard {

	private final JdbcClient jdbc;

	private final Divisions divisions;

	private final Assessor assessor;

	private final DistributionCache cache;

	DashboardService(JdbcClient jdbc, Divisions divisions, Assessor assessor, DistributionCache cache) {
		this.cache = cache;
		this.jdbc = jdbc;
		this.divisions = divisions;
		this.assessor = assessor;
	}

	/** The length of the codes one level below a region code (2 → 4 → 6 → 9). */
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
	public List<RegionCount> distribution(Actor actor, String region) {
		actor.require(RiskPermissions.DASHBOARD_READ);
		String prefix = ScopeFilter.narrowRegion(actor, region).orElse(null);
		if (prefix == null || actor.scope().kind() != org.ohsonline.shared.Scope.Kind.REGION) {
			return List.of();
		}
		LocalDate today = this.assessor.today();
		return this.cache.distribution(prefix, today, () -> read(prefix, today));
	}

	private List<RegionCount> read(String prefix, LocalDate today) {
		int length = childLength(prefix);
		Map<String, long[]> counts = new HashMap<>();
		this.jdbc.sql("""
				select substr(p.region_code, 1, :len) as child,
				       count(*) filter (where p.risk_class = 'JIA'), count(*) filter (where p.risk_class = 'YI'),
				       count(*) filter (where p.risk_class = 'BING'), count(*) filter (where p.risk_class is null),
				       count(*) filter (where p.light = 'GREEN'), count(*) filter (where p.light = 'YELLOW'),
				       count(*) filter (where p.light = 'RED')
				from risk.portrait p where p.region_code like :prefix || '%'
				group by 1""")
			.param("len", length)
			.param("prefix", prefix)
			.query((rs, n) -> counts.put(rs.getString(1), new long[] { rs.getLong(2), rs.getLong(3), rs.getLong(4),
					rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), 0, 0 }))
			.list();
		this.jdbc.sql("""
				select substr(r.region_code, 1, :len), count(*) filter (where r.due_on < :today), count(*)
				from risk.rectification r where r.region_code like :prefix || '%' and r.status <> 'RELEASED'
				group by 1""")
			.param("len", length)
			.param("prefix", prefix)
			.param("today", today)
			.query((rs, n) -> {
				long[] c = counts.computeIfAbsent(rs.getString(1), k -> new long[9]);
				c[7] = rs.getLong(2);
				c[8] = rs.getLong(3);
				return c;
			})
			.list();
		List<RegionCount> result = new ArrayList<>();
		for (Division child : this.divisions.children(prefix)) {
			long[] c = counts.getOrDefault(child.code(), new long[9]);
			result.add(new RegionCount(child.code(), child.name(), c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8]));
		}
		return result;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Movement> movements(Actor actor, String region, LocalDate from, LocalDate to) {
		actor.require(RiskPermissions.DASHBOARD_READ);
		String prefix = ScopeFilter.narrowRegion(actor, region).orElse(null);
		if (prefix == null || actor.scope().kind() != org.ohsonline.shared.Scope.Kind.REGION) {
			return List.of();
		}
		return this.jdbc.sql("""
				select to_char(a.assessed_on, 'YYYY-MM') as month, a.previous_class, a.risk_class, count(distinct a.employer_id)
				from risk.assessment a
				where a.previous_class is not null and a.previous_class <> a.risk_class
				  and a.assessed_on between :from and :to and a.region_code like :prefix || '%'
				group by 1, 2, 3 order by 1, 2, 3""")
			.param("from", from)
			.param("to", to)
			.param("prefix", prefix)
			.query((rs, n) -> new Movement(rs.getString(1), RiskClass.valueOf(rs.getString(2)),
					RiskClass.valueOf(rs.getString(3)), rs.getLong(4)))
			.list();
	}

}
