package org.ohsonline.enforcement.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.ohsonline.enforcement.Arm;
import org.ohsonline.enforcement.EnforcementDashboard;
import org.ohsonline.enforcement.LegalBasis;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.ScopeColumns;
import org.ohsonline.shared.ScopeFilter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** One grouped statement per table of the dashboard, bound to the caller's scope. */
@Service
class EnforcementDashboardService implements EnforcementDashboard {

	private static final ScopeColumns LINES = ScopeColumns.on("l").region("region_code");

	private static final ScopeColumns CASES = ScopeColumns.on("c").region("region_code");

	private static final ScopeColumns REVIEWS = ScopeColumns.on("rc").region("region_code");

	private static final String LINE_FIGURES = """
			from enforcement.draw_line l
			join enforcement.plan p on p.id = l.plan_id
			left join enforcement.inspection i on i.plan_id = l.plan_id and i.seq = l.seq and i.status = 'RECORDED'
			left join lateral (select count(*) as n from enforcement.inspection_answer a
			                   where a.inspection_id = i.id and a.outcome = 'VIOLATION') v on true
			where l.region_code like :region || '%%' and %s and p.drawn_at >= :from and p.drawn_at < :to
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	EnforcementDashboardService(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Figures figures(Actor actor, String requested, LocalDate from, LocalDate to) {
		actor.require(EnforcementPermissions.PLAN_READ);
		String region = ScopeFilter.narrowRegion(actor, requested).orElse(null);
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneId.of("Asia/Shanghai")));
		LocalDate start = from == null ? today.minusYears(1) : from;
		LocalDate end = to == null ? today : to;
		if (region == null) {
			return new Figures(requested, start, end, List.of(), List.of(), new CaseClocks(0, 0, 0, 0), List.of(), List.of());
		}
		ScopeFilter scope = ScopeFilter.of(actor);
		int below = region.length() < 6 ? region.length() + 2 : 9;
		List<RegionRow> regions = this.jdbc.sql("select substring(l.region_code, 1, :len) as division, count(*),"
				+ " count(i.id), coalesce(sum(v.n), 0) " + LINE_FIGURES.formatted(LINES.predicate())
				+ " group by 1 order by 1")
			.params(scope.parameters())
			.param("region", region)
			.param("len", below)
			.param("from", java.sql.Timestamp.valueOf(start.atStartOfDay()))
			.param("to", java.sql.Timestamp.valueOf(end.plusDays(1).atStartOfDay()))
			.query((rs, n) -> new RegionRow(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
			.list();
		List<ArmRow> arms = new ArrayList<>();
		this.jdbc.sql("select l.arm, coalesce(l.risk_class, 'ALL'), count(*), count(i.id), count(i.id) filter (where v.n > 0),"
				+ " coalesce(sum(v.n), 0) " + LINE_FIGURES.formatted(LINES.predicate())
				+ " group by grouping sets ((l.arm, l.risk_class), (l.arm)) order by 1, 2")
			.params(scope.parameters())
			.param("region", region)
			.param("from", java.sql.Timestamp.valueOf(start.atStartOfDay()))
			.param("to", java.sql.Timestamp.valueOf(end.plusDays(1).atStartOfDay()))
			.query((rs, n) -> new ArmRow(Arm.valueOf(rs.getString(1)), rs.getString(2), rs.getLong(3), rs.getLong(4),
					rs.getLong(5), rs.getLong(6)))
			.list()
			.forEach(arms::add);
		CaseClocks clocks = new CaseClocks(0, 0, 0, 0);
		List<PenaltyRow> penalties = List.of();
		if (actor.can(EnforcementCaseService.CASE_READ)) {
			clocks = this.jdbc.sql("""
					select count(*) filter (where c.step <> 'CLOSED'),
					       count(*) filter (where c.step in ('FILED', 'INVESTIGATION', 'PRIOR_NOTICE', 'STATEMENT', 'HEARING')
					                        and c.decision_due < :today),
					       count(*) filter (where c.step in ('FILED', 'INVESTIGATION', 'PRIOR_NOTICE', 'STATEMENT', 'HEARING')
					                        and c.decision_due >= :today and c.decision_due <= :soon),
					       count(*) filter (where c.step = 'CLOSED')
					from enforcement.enf_case c where c.region_code like :region || '%' and """ + CASES.predicate())
				.params(scope.parameters())
				.param("region", region)
				.param("today", today)
				.param("soon", today.plusDays(7))
				.query((rs, n) -> new CaseClocks(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
				.single();
			penalties = this.jdbc.sql("""
					select c.law, c.article, c.item, count(*), count(*) filter (where c.amount > 0), coalesce(sum(c.amount), 0),
					       count(*) filter (where c.no_penalty), count(*) filter (where c.deviation_reason is not null)
					from enforcement.enf_case c
					where c.band is not null and c.region_code like :region || '%' and """ + CASES.predicate() + """
					 and c.filed_on >= :from and c.filed_on <= :to
					group by c.law, c.article, c.item order by c.article, c.item""")
				.params(scope.parameters())
				.param("region", region)
				.param("from", start)
				.param("to", end)
				.query((rs, n) -> new PenaltyRow(new LegalBasis(rs.getString(1), rs.getInt(2), 0, rs.getInt(3)), rs.getLong(4),
						rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)))
				.list();
		}
		List<ReviewRow> reviews = List.of();
		if (actor.can("enforcement:review:read")) {
			reviews = this.jdbc.sql("""
					select substring(rc.region_code, 1, :len), count(*), count(rc.final_score), round(avg(rc.final_score), 1)
					from enforcement.review_case rc join enforcement.review_round r on r.id = rc.round_id
					where rc.region_code like :region || '%' and """ + REVIEWS.predicate() + """
					 and r.period_to >= :from and r.period_from <= :to
					group by 1 order by 1""")
				.params(scope.parameters())
				.param("region", region)
				.param("len", below)
				.param("from", start)
				.param("to", end)
				.query((rs, n) -> new ReviewRow(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getBigDecimal(4)))
				.list();
		}
		return new Figures(region, start, end, regions, arms, clocks, penalties, reviews);
	}

}
