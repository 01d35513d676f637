package org.ohsonline.registry.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.shared.TimelineEntry;
import org.ohsonline.shared.TimelineSource;
import org.ohsonline.shared.Actor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's contribution to the timelines: one row per meaningful change, written in the
 * transaction of the change. Kinds become message keys {@code registry.history.<kind>}.
 */
@Repository
class HistoryStore implements TimelineSource {

	private static final int LIMIT = 200;

	private final JdbcClient jdbc;

	HistoryStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(Long employerId, Long workerId, Instant at, String kind, String... details) {
		this.jdbc.sql("insert into registry.history (employer_id, worker_id, occurred_at, kind, details)"
				+ " values (:e, :w, :at, :k, :d)")
			.param("e", employerId)
			.param("w", workerId)
			.param("at", Timestamp.from(at))
			.param("k", kind)
			.param("d", details)
			.update();
	}

	@Override
	@Transactional(readOnly = true)
	public List<TimelineEntry> employerTimeline(Actor actor, long employerId) {
		return this.jdbc.sql("select h.occurred_at, h.kind, h.details, h.worker_id from registry.history h"
				+ " join registry.employer e on e.id = h.employer_id where h.employer_id = :id and "
				+ EmployerStore.SCOPE + " order by h.occurred_at desc, h.id desc limit " + LIMIT)
			.params(ScopeFilter.of(actor).parameters())
			.param("id", employerId)
			.query((rs, n) -> entry(rs.getTimestamp(1).toInstant(), rs.getString(2), (String[]) rs.getArray(3).getArray(),
					rs.getObject(4) == null ? null : "/workers/" + rs.getLong(4)))
			.list();
	}

	/**
	 * An employer reads the worker's events at itself (or with no employer) only, unless the worker
	 * shares their whole history with it.
	 */
	private static final String OWN_PART_FOR_EMPLOYERS = """
			 and (cast(:scopeEmployer as text) is null or h.employer_id is null
			      or exists (select 1 from registry.employer he where he.id = h.employer_id
			                 and he.credit_code = cast(:scopeEmployer as text))
			      or exists (select 1 from registry.history_consent hc join registry.employer ce on ce.id = hc.employer_id
			                 where hc.worker_id = h.worker_id and hc.revoked_at is null
			                   and ce.credit_code = cast(:scopeEmployer as text)))""";

	@Override
	@Transactional(readOnly = true)
	public List<TimelineEntry> workerTimeline(Actor actor, long workerId) {
		return this.jdbc.sql("select h.occurred_at, h.kind, h.details, h.employer_id from registry.history h"
				+ " join registry.worker w on w.id = h.worker_id where h.worker_id = :id and "
				+ WorkerStore.SCOPE + OWN_PART_FOR_EMPLOYERS + " order by h.occurred_at desc, h.id desc limit " + LIMIT)
			.params(ScopeFilter.of(actor).parameters())
			.param("id", workerId)
			.query((rs, n) -> entry(rs.getTimestamp(1).toInstant(), rs.getString(2), (String[]) rs.getArray(3).getArray(),
					rs.getObject(4) == null ? null : "/employers/" + rs.getLong(4)))
			.list();
	}

	private static TimelineEntry entry(Instant at, String kind, String[] details, String link) {
		return new TimelineEntry(at, "registry", "registry.history." + kind, List.of(details), link);
	}

}
