package org.ohsonline.declaration.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.ohsonline.declaration.DeclarationFigures;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.ScopeColumns;
import org.ohsonline.shared.ScopeFilter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** One grouped statement over the deadline clocks, bound to the caller's scope. */
@Service
class DeclarationFigureService implements DeclarationFigures {

	private static final ScopeColumns CLOCKS = ScopeColumns.on("t").region("region_code").employer("credit_code");

	private final JdbcClient jdbc;

	DeclarationFigureService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, OfEmployer> ofEmployers(Actor actor, Collection<Long> employerIds, LocalDate from, LocalDate to) {
		if (employerIds.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql("select t.employer_id, count(*),"
				+ " count(*) filter (where t.state = 'MET' and t.met_on <= t.due_on)"
				+ " from declaration.deadline_clock t where t.state <> 'VOID' and t.employer_id in (:ids)"
				+ " and t.due_on between :from and :to and " + CLOCKS.predicate() + " group by t.employer_id")
			.params(ScopeFilter.of(actor).parameters())
			.param("ids", List.copyOf(employerIds))
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new OfEmployer(rs.getLong(1), rs.getInt(2), rs.getInt(3)))
			.list()
			.stream()
			.collect(Collectors.toMap(OfEmployer::employerId, f -> f));
	}

}
