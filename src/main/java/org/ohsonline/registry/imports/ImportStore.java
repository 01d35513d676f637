package org.ohsonline.registry.imports;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for import jobs and their rows. Reads of a job always bind its owner. */
@Repository
class ImportStore {

	private final JdbcClient jdbc;

	ImportStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored row: its cells still encrypted as one value. */
	record StoredRow(int rowNo, String data, List<String> errors) {
	}

	long create(ImportKind kind, long ownerId, String ownerName, String filename, Instant now) {
		return this.jdbc.sql("""
				insert into registry.import_job (kind, owner_id, owner_name, filename, status, created_at)
				values (:k, :o, :n, :f, 'CHECKING', :at) returning id""")
			.param("k", kind.name())
			.param("o", ownerId)
			.param("n", ownerName)
			.param("f", filename)
			.param("at", Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	Optional<ImportJob> find(long id, long ownerId) {
		return this.jdbc.sql("select * from registry.import_job where id = :id and owner_id = :o")
			.param("id", id)
			.param("o", ownerId)
			.query(ImportStore::job)
			.optional();
	}

	Optional<ImportJob> find(long id) {
		return this.jdbc.sql("select * from registry.import_job where id = :id").param("id", id).query(ImportStore::job).optional();
	}

	List<ImportJob> recent(long ownerId, int limit) {
		return this.jdbc.sql("select * from registry.import_job where owner_id = :o order by created_at desc, id desc limit :l")
			.param("o", ownerId)
			.param("l", limit)
			.query(ImportStore::job)
			.list();
	}

	void total(long id, int total) {
		this.jdbc.sql("update registry.import_job set total = :t where id = :id").param("t", total).param("id", id).update();
	}

	void progress(long id, int processed, int accepted, int rejected) {
		this.jdbc.sql("update registry.import_job set processed = :p, accepted = :a, rejected = :r where id = :id")
			.param("p", processed)
			.param("a", accepted)
			.param("r", rejected)
			.param("id", id)
			.update();
	}

	/** Moves a job on only from the expected status, so two clicks cannot apply twice. */
	boolean transition(long id, ImportJob.Status from, ImportJob.Status to) {
		return this.jdbc.sql("update registry.import_job set status = :to, processed = case when :to = 'APPLYING' then 0 else processed end,"
				+ " finished_at = case when :to in ('APPLIED', 'DISCARDED') then now() else finished_at end,"
				+ " heartbeat_at = case when :to = 'APPLYING' then now() else heartbeat_at end,"
				+ " problem_code = case when :to = 'APPLYING' then null else problem_code end,"
				+ " problem_args = case when :to = 'APPLYING' then '{}' else problem_args end"
				+ " where id = :id and status = :from")
			.param("to", to.name())
			.param("from", from.name())
			.param("id", id)
			.update() == 1;
	}

	/** This instance is still at work on these jobs. */
	void heartbeat(java.util.Collection<Long> ids) {
		if (!ids.isEmpty()) {
			this.jdbc.sql("update registry.import_job set heartbeat_at = now() where id = any(:ids)")
				.param("ids", ids.toArray(Long[]::new))
				.update();
		}
	}

	/**
	 * Puts right the jobs whose instance stopped beating for {@code stale}: an interrupted apply (its
	 * transaction rolled back with the instance) is READY again, an interrupted check FAILED, each with
	 * a problem saying so. Answers the ids and the status each was in.
	 */
	List<Map.Entry<Long, String>> recoverInterrupted(java.time.Duration stale) {
		return this.jdbc.sql("""
				with stale as (
				    select id, status from registry.import_job
				     where status in ('CHECKING', 'APPLYING')
				       and coalesce(heartbeat_at, created_at) < now() - make_interval(secs => :stale)
				       for update skip locked)
				update registry.import_job j
				   set status = case when s.status = 'APPLYING' then 'READY' else 'FAILED' end,
				       problem_code = case when s.status = 'APPLYING' then 'registry.import.applyInterrupted'
				                           else 'registry.import.interrupted' end,
				       problem_args = '{}',
				       processed = case when s.status = 'APPLYING' then j.accepted + j.rejected else j.processed end,
				       finished_at = case when s.status = 'APPLYING' then null else now() end
				  from stale s
				 where j.id = s.id
				returning j.id, s.status
				""")
			.param("stale", (double) stale.toSeconds())
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
			.list();
	}

	void finish(long id, ImportJob.Status status, String problemCode, List<String> arguments) {
		this.jdbc.sql("update registry.import_job set status = :s, problem_code = :c, problem_args = :a,"
				+ " finished_at = now() where id = :id")
			.param("s", status.name())
			.param("c", problemCode)
			.param("a", arguments == null ? new String[0] : arguments.toArray(String[]::new))
			.param("id", id)
			.update();
	}

	void insertRows(long jobId, List<Object[]> rows) {
		if (rows.isEmpty()) {
			return;
		}
		// One statement per batch: a 50,000-row file is a hundred round trips, not fifty thousand.
		// Only generated parameter names enter the SQL text; every value is bound.
		StringBuilder sql = new StringBuilder("insert into registry.import_row (job_id, row_no, data, accepted, errors) values ");
		Map<String, Object> values = new HashMap<>();
		values.put("job", jobId);
		for (int i = 0; i < rows.size(); i++) {
			sql.append(i == 0 ? "" : ", ").append("(:job, :r").append(i).append(", :d").append(i).append(", :a").append(i)
				.append(", :e").append(i).append(')');
			Object[] row = rows.get(i);
			values.put("r" + i, row[0]);
			values.put("d" + i, row[1]);
			values.put("a" + i, row[2]);
			values.put("e" + i, row[3]);
		}
		this.jdbc.sql(sql.toString()).params(values).update();
	}

	/** Accepted rows after {@code afterRow}, a page at a time (keyset, so the cost stays flat). */
	List<StoredRow> acceptedAfter(long jobId, int afterRow, int limit) {
		return rows("accepted", jobId, afterRow, limit);
	}

	List<StoredRow> rejectedAfter(long jobId, int afterRow, int limit) {
		return rows("not accepted", jobId, afterRow, limit);
	}

	void forEachRejected(long jobId, Consumer<StoredRow> consumer) {
		int after = 0;
		List<StoredRow> page;
		do {
			page = rejectedAfter(jobId, after, 1000);
			page.forEach(consumer);
			after = page.isEmpty() ? after : page.get(page.size() - 1).rowNo();
		}
		while (page.size() == 1000);
	}

	void deleteRows(long jobId) {
		this.jdbc.sql("delete from registry.import_row where job_id = :j").param("j", jobId).update();
	}

	private List<StoredRow> rows(String condition, long jobId, int afterRow, int limit) {
		return this.jdbc.sql("select row_no, data, errors from registry.import_row where job_id = :j and " + condition
				+ " and row_no > :after order by row_no limit :l")
			.param("j", jobId)
			.param("after", afterRow)
			.param("l", limit)
			.query((rs, n) -> new StoredRow(rs.getInt(1), rs.getString(2), strings(rs.getArray(3))))
			.list();
	}

	private static ImportJob job(ResultSet rs, int n) throws SQLException {
		Timestamp finished = rs.getTimestamp("finished_at");
		return new ImportJob(rs.getLong("id"), ImportKind.valueOf(rs.getString("kind")), rs.getString("filename"),
				ImportJob.Status.valueOf(rs.getString("status")), rs.getInt("total"), rs.getInt("processed"),
				rs.getInt("accepted"), rs.getInt("rejected"), rs.getString("problem_code"),
				strings(rs.getArray("problem_args")), rs.getTimestamp("created_at").toInstant(),
				finished == null ? null : finished.toInstant());
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

}
