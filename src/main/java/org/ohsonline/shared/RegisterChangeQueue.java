package org.ohsonline.shared;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A module's queue of the register's changes it acts on (decision 0043): the module's plain {@code @EventListener}
 * queues each change in the publisher's own transaction ({@link #queue}: one insert, queued if and only if the change
 * commits, no event publication, no transaction of its own), and this worker acts on up to {@code batch} changes at a
 * time in one transaction ({@link #handle}) that also takes them off the queue. A batch that fails is done again one
 * employer at a time, each in its own transaction; an employer's changes that fail count an attempt, and after
 * {@value #ATTEMPTS} they stay queued for an operator ({@link #stuck}).
 * <p>
 * The queue table has the same shape in every module:
 * {@code (id bigint identity primary key, employer_id bigint, fields text[], changed_on date, queued_at timestamptz,
 * attempts int default 0)}. The worker yields ({@link YieldingWorker}): what it does (a clock started, a due date
 * moved) follows its change within seconds, not within a request, and it is dated by the change, not by when it ran.
 */
public abstract class RegisterChangeQueue extends YieldingWorker {

	private static final Logger log = LoggerFactory.getLogger(RegisterChangeQueue.class);

	/** Attempts before an employer's changes stay queued for an operator. */
	public static final int ATTEMPTS = 5;

	/** A queued change: the employer, the register's fields that changed and the day they changed. */
	public record Change(long id, long employerId, Set<String> fields, LocalDate changedOn) {
	}

	private final String table;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final int batch;

	/**
	 * @param table the module's queue table ({@code schema.name}, a constant of the module: never user input)
	 * @param threadName the worker thread's name
	 * @param batch changes acted on per transaction
	 */
	protected RegisterChangeQueue(String table, String threadName, int batch, JdbcClient jdbc,
			PlatformTransactionManager transactionManager, Clock clock) {
		super(threadName, 2_000);
		if (!table.matches("[a-z_]+\\.[a-z_]+")) {
			throw new IllegalArgumentException("Not a queue table name: " + table);
		}
		this.table = table;
		this.batch = batch;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * Acts on the changes (several may concern one employer), in the worker's transaction: all of them commit with
	 * their rows taken off the queue, or none.
	 */
	protected abstract void handle(List<Change> changes);

	/** Queues the change in the caller's transaction; the worker takes it once that commits. */
	public void queue(long employerId, Collection<String> fields, LocalDate changedOn) {
		this.jdbc.sql("insert into " + this.table
				+ " (employer_id, fields, changed_on, queued_at) values (:employer, cast(:fields as text[]), :on, :at)")
			.param("employer", employerId)
			.param("fields", fields.stream().sorted().toArray(String[]::new))
			.param("on", changedOn)
			.param("at", Timestamp.from(this.clock.instant()))
			.update();
		wakeAfterCommit();
	}

	/** Changes waiting, not counting those left for an operator. */
	public long queued() {
		return this.jdbc.sql("select count(*) from " + this.table + " where attempts < :max")
			.param("max", ATTEMPTS)
			.query(Long.class)
			.single();
	}

	/** Changes left for an operator after {@value #ATTEMPTS} failed attempts. */
	public long stuck() {
		return this.jdbc.sql("select count(*) from " + this.table + " where attempts >= :max")
			.param("max", ATTEMPTS)
			.query(Long.class)
			.single();
	}

	@Override
	protected boolean step() {
		return ListenerThreads.call(() -> {
			List<Change> taken = new ArrayList<>();
			try {
				return Boolean.TRUE.equals(this.transactions.execute(status -> {
					List<Change> changes = take("attempts < :max order by id limit :limit", this.batch, List.of());
					taken.addAll(changes);
					if (!changes.isEmpty()) {
						handle(changes);
						remove(changes);
					}
					return !changes.isEmpty();
				}));
			}
			catch (RuntimeException ex) {
				if (taken.isEmpty()) {
					throw ex;
				}
				log.warn("{}: a batch of {} changes failed; acting on them one employer at a time", threadName(),
						taken.size(), ex);
				Map<Long, List<Change>> byEmployer = new LinkedHashMap<>();
				taken.forEach(change -> byEmployer.computeIfAbsent(change.employerId(), id -> new ArrayList<>()).add(change));
				byEmployer.forEach(this::alone);
				return true;
			}
		});
	}

	/** One employer's changes in a transaction of their own; a failure counts an attempt on them. */
	private void alone(long employerId, List<Change> changes) {
		List<Long> ids = changes.stream().map(Change::id).toList();
		try {
			this.transactions.executeWithoutResult(status -> {
				List<Change> still = take("id = any(cast(:ids as bigint[]))", ids.size(), ids);
				if (!still.isEmpty()) {
					handle(still);
					remove(still);
				}
			});
		}
		catch (RuntimeException ex) {
			log.warn("{}: the changes of employer {} failed; counted as an attempt (at {} they stay queued for an "
					+ "operator)", threadName(), employerId, ATTEMPTS, ex);
			this.transactions.executeWithoutResult(status -> this.jdbc
				.sql("update " + this.table + " set attempts = attempts + 1 where id = any(cast(:ids as bigint[]))")
				.param("ids", ids.toArray(Long[]::new))
				.update());
		}
	}

	private List<Change> take(String where, int limit, List<Long> ids) {
		return this.jdbc
			.sql("select id, employer_id, fields, changed_on from " + this.table + " where " + where
					+ " for update skip locked")
			.param("max", ATTEMPTS)
			.param("limit", limit)
			.param("ids", ids.toArray(Long[]::new))
			.query((rs, n) -> new Change(rs.getLong(1), rs.getLong(2),
					Set.copyOf(List.of((String[]) rs.getArray(3).getArray())), rs.getObject(4, LocalDate.class)))
			.list();
	}

	private void remove(List<Change> changes) {
		this.jdbc.sql("delete from " + this.table + " where id = any(cast(:ids as bigint[]))")
			.param("ids", changes.stream().map(Change::id).toArray(Long[]::new))
			.update();
	}

}
