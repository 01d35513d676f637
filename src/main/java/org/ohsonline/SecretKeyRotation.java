package org.ohsonline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PiiCipher;
import org.ohsonline.shared.SealedColumn;
import org.ohsonline.shared.SealedData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-encrypts every sealed column ({@link SealedData}) with the current secret key and recomputes
 * its blind indexes, in batches, while the platform runs on keys that read both (decision 0024).
 * Each batch commits with its progress in {@code operations.key_rotation}, so a rotation stopped at
 * any point (a kill, a restart) resumes after the last batch that committed; a row is updated only
 * if its ciphertext is still the one read, so a concurrent write (already sealed with the current
 * key) is never overwritten. The start and the end are audited.
 */
@Component
class SecretKeyRotation {

	/** What one column came to. */
	record ColumnResult(String column, long resealed, boolean alreadyDone) {
	}

	private static final Logger log = LoggerFactory.getLogger(SecretKeyRotation.class);

	private final JdbcClient jdbc;

	private final PiiCipher cipher;

	private final List<SealedData> modules;

	private final AuditTrail audit;

	private final TransactionTemplate transaction;

	SecretKeyRotation(JdbcClient jdbc, PiiCipher cipher, List<SealedData> modules, AuditTrail audit,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.modules = modules;
		this.audit = audit;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** Every sealed column of every module, in a fixed order. */
	List<SealedColumn> columns() {
		return this.modules.stream()
			.flatMap(m -> m.sealedColumns().stream())
			.sorted(Comparator.comparing(SealedColumn::name))
			.toList();
	}

	/**
	 * Runs (or resumes) the rotation to the current key.
	 * @param batchSize rows (walk values) per transaction
	 * @param pause time between batches, to leave the database to the running platform
	 * @param progress told after each batch, for the command's output
	 */
	List<ColumnResult> rotate(Actor actor, int batchSize, Duration pause, Consumer<String> progress)
			throws InterruptedException {
		String key = this.cipher.keyId();
		List<SealedColumn> columns = columns();
		boolean resumed = this.jdbc.sql("select count(*) from operations.key_rotation where key_id = :k")
			.param("k", key)
			.query(Long.class)
			.single() > 0;
		if (!resumed) {
			this.transaction.executeWithoutResult(status -> this.audit.record(actor,
					"operations.secret-key.rotation-started", AuditTarget.of("secret-key", key, ""), null,
					Map.of("keyId", key, "previousKeyId", this.cipher.previousKeyId().orElse(""), "columns",
							columns.size())));
		}
		List<ColumnResult> results = new ArrayList<>();
		for (SealedColumn column : columns) {
			results.add(rotate(column, key, batchSize, pause, progress));
		}
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("keyId", key);
		results.forEach(r -> after.put(r.column(), r.resealed()));
		this.transaction.executeWithoutResult(status -> this.audit.record(actor, "operations.secret-key.rotated",
				AuditTarget.of("secret-key", key, ""), null, after));
		log.info("Secret key rotation to key {} complete: {} sealed columns", key, columns.size());
		return results;
	}

	private ColumnResult rotate(SealedColumn column, String key, int batchSize, Duration pause,
			Consumer<String> progress) throws InterruptedException {
		this.jdbc.sql("""
				insert into operations.key_rotation (sealed_column, key_id, started_at)
				values (:c, :k, now()) on conflict do nothing""").param("c", column.name()).param("k", key).update();
		Progress state = progress(column, key);
		if (state.finished()) {
			return new ColumnResult(column.name(), state.resealed(), true);
		}
		long walked = state.lastWalk();
		long resealed = state.resealed();
		while (true) {
			long after = walked;
			Batch batch = this.transaction.execute(status -> batch(column, key, after, batchSize));
			if (batch.rows() == 0) {
				break;
			}
			walked = batch.lastWalk();
			resealed += batch.resealed();
			progress.accept(column.name() + ": " + resealed + " re-encrypted, walked to " + walked);
			if (!pause.isZero()) {
				Thread.sleep(pause.toMillis());
			}
		}
		this.jdbc.sql("update operations.key_rotation set finished_at = now() where sealed_column = :c and key_id = :k")
			.param("c", column.name())
			.param("k", key)
			.update();
		return new ColumnResult(column.name(), resealed, false);
	}

	private record Progress(long lastWalk, long resealed, boolean finished) {
	}

	private record Batch(int rows, long lastWalk, int resealed) {
	}

	private record Row(long walk, String sealed, String index) {
	}

	private Progress progress(SealedColumn column, String key) {
		return this.jdbc
			.sql("select last_walk, resealed, finished_at is not null from operations.key_rotation "
					+ "where sealed_column = :c and key_id = :k")
			.param("c", column.name())
			.param("k", key)
			.query((rs, n) -> new Progress(rs.getLong(1), rs.getLong(2), rs.getBoolean(3)))
			.single();
	}

	/** One transaction: the next walk values after {@code after}, their rows resealed, the progress moved. */
	private Batch batch(SealedColumn column, String key, long after, int batchSize) {
		// Identifiers come from SealedColumn, which admits plain lower-case names fixed in code only.
		String index = column.index() == null ? "null" : "t." + column.index();
		List<Row> rows = this.jdbc.sql("select t." + column.walk() + ", t." + column.column() + ", " + index + " from "
				+ column.table() + " t where t." + column.walk() + " in (select distinct " + column.walk() + " from "
				+ column.table() + " where " + column.walk() + " > :after order by 1 limit :limit) order by 1")
			.param("after", after)
			.param("limit", batchSize)
			.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
		if (rows.isEmpty()) {
			return new Batch(0, after, 0);
		}
		int resealed = 0;
		Map<String, String> indexes = new LinkedHashMap<>();
		for (Row row : rows) {
			if (row.sealed() == null || this.cipher.sealedWithCurrentKey(row.sealed())) {
				continue;
			}
			String plain = this.cipher.decrypt(row.sealed());
			String sealed = this.cipher.encrypt(plain);
			if (column.index() == null) {
				resealed += this.jdbc.sql("update " + column.table() + " set " + column.column() + " = :sealed where "
						+ column.walk() + " = :walk and " + column.column() + " = :old")
					.param("sealed", sealed)
					.param("walk", row.walk())
					.param("old", row.sealed())
					.update();
			}
			else {
				String current = this.cipher.blindIndex(plain);
				int updated = this.jdbc.sql("update " + column.table() + " set " + column.column() + " = :sealed, "
						+ column.index() + " = :index where " + column.walk() + " = :walk and " + column.column() + " = :old")
					.param("sealed", sealed)
					.param("index", current)
					.param("walk", row.walk())
					.param("old", row.sealed())
					.update();
				resealed += updated;
				if (updated > 0 && row.index() != null && !row.index().equals(current)) {
					indexes.put(row.index(), current);
				}
			}
		}
		if (!indexes.isEmpty()) {
			this.modules.forEach(m -> m.blindIndexesChanged(column, indexes));
		}
		long last = rows.get(rows.size() - 1).walk();
		this.jdbc.sql("""
				update operations.key_rotation set last_walk = :walk, resealed = resealed + :n
				where sealed_column = :c and key_id = :k""")
			.param("walk", last)
			.param("n", resealed)
			.param("c", column.name())
			.param("k", key)
			.update();
		return new Batch(rows.size(), last, resealed);
	}

}
