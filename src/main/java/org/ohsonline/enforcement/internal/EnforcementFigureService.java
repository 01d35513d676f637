package org.ohsonline.enforcement.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ohsonline.enforcement.EnforcementFigures;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.ScopeColumns;
import org.ohsonline.shared.ScopeFilter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Two grouped statements bound to the caller's scope: inspections recorded, penalties decided. */
@Service
class EnforcementFigureService implements EnforcementFigures {

	private static final ScopeColumns INSPECTIONS = ScopeColumns.on("i").region("region_code");

	private static final ScopeColumns CASES = ScopeColumns.on("c").region("region_code");

	private final JdbcClient jdbc;

	EnforcementFigureService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, OfEmployer> ofEmployers(Actor actor, Collection<Long> employerIds, LocalDate from, LocalDate to) {
		Map<Long, int[]> counts = new HashMap<>();
		if (employerIds.isEmpty()) {
			return Map.of();
		}
		ScopeFilter scope = ScopeFilter.of(actor);
		List<Long> ids = List.copyOf(employerIds);
		this.jdbc.sql("select i.employer_id, count(*) from enforcement.inspection i where i.status = 'RECORDED'"
				+ " and i.employer_id in (:ids) and (i.recorded_at at time zone 'Asia/Shanghai')::date between :from and :to"
				+ " and " + INSPECTIONS.predicate() + " group by i.employer_id")
			.params(scope.parameters())
			.param("ids", ids)
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getInt(2)))
			.list()
			.forEach(e -> counts.computeIfAbsent(e.getKey(), k -> new int[2])[0] = e.getValue());
		this.jdbc.sql("select c.employer_id, count(*) from enforcement.enf_case c where not c.no_penalty"
				+ " and c.employer_id in (:ids) and " + CASES.predicate()
				+ " and exists (select 1 from enforcement.case_step s where s.case_id = c.id and s.step = 'DECISION'"
				+ " and s.happened_on between :from and :to) group by c.employer_id")
			.params(scope.parameters())
			.param("ids", ids)
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getInt(2)))
			.list()
			.forEach(e -> counts.computeIfAbsent(e.getKey(), k -> new int[2])[1] = e.getValue());
		Map<Long, OfEmployer> figures = new HashMap<>();
		counts.forEach((id, c) -> figures.put(id, new OfEmployer(id, c[0], c[1])));
		return figures;
	}

}
