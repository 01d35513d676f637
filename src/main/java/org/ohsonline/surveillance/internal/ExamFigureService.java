package org.ohsonline.surveillance.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.surveillance.ExamFigures;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** One grouped statement over the exams, bound to the caller's scope ({@link ExamStore#SCOPE}). */
@Service
class ExamFigureService implements ExamFigures {

	private final JdbcClient jdbc;

	ExamFigureService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, OfEmployer> ofEmployers(Actor actor, Collection<Long> employerIds, LocalDate from, LocalDate to) {
		if (employerIds.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql("select t.employer_id, count(*), count(distinct t.worker_id) filter (where not exists"
				+ " (select 1 from surveillance.exam e where e.employer_id = t.employer_id and e.worker_id = t.worker_id"
				+ " and e.examined_on < :from))"
				+ " from surveillance.exam t where t.employer_id in (:ids) and t.examined_on between :from and :to and "
				+ ExamStore.SCOPE + " group by t.employer_id")
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
