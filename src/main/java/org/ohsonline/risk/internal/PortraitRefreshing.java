package org.ohsonline.risk.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

import org.ohsonline.shared.ListenerThreads;
import org.ohsonline.shared.YieldingWorker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Refreshes the portraits other modules' events asked for ({@link RiskEvents}): each event queues its employer and the
 * group of facts it concerns in the publisher's own transaction ({@code risk.pending_refresh}, a plain insert), and the
 * workers refresh each queued employer once for all the groups queued for it, in one transaction that also takes its
 * rows off the queue. Before, each event had its own listener call through the event publication registry — three
 * transactions of its own before any fact was read — and at 200 register events a second those calls, not the
 * refreshes, filled the machine (docs/benchmarks.md, decision 0039).
 * <p>
 * Its {@value #LANES} workers do not rest between steps (a class must follow its event within the 50 ms), run
 * at normal priority and count as a listener's work: their transactions commit asynchronously (a lost refresh leaves
 * its rows queued) and the yielding workers rest longer while they run. Several employers queued at once are refreshed
 * {@value #BATCH} to a transaction. A refresh that fails is logged and counted on the employer's rows; after
 * {@value #ATTEMPTS} the rows stay for an operator.
 */
@Component
class PortraitRefreshing implements SmartLifecycle {

	static final String THREAD = "risk-refresh";

	/**
	 * Workers, each taking the employers whose id leaves its number when divided by their count: two keep both cores
	 * busy while one waits for the database, and an employer is always refreshed by the same one.
	 */
	static final int LANES = 2;

	/** Employers looked up per step. */
	static final int EMPLOYERS = 50;

	/**
	 * Employers refreshed in one transaction when several are queued: a backlog drains with one transaction's
	 * round trips (begin, queue rows taken, commit) per batch instead of per employer, so it shrinks faster; one
	 * employer alone, the usual case, is refreshed at once.
	 */
	static final int BATCH = 8;

	static final int ATTEMPTS = 5;

	/** The group that stands for every group, refreshed even when nothing changed: an employer not seen before. */
	static final String ALL = "*";

	private static final Logger log = LoggerFactory.getLogger(PortraitRefreshing.class);

	private final PortraitService portraits;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private volatile BiConsumer<Instant, Duration> observer = (queuedAt, latency) -> {
	};

	private final List<Lane> lanes = new ArrayList<>();

	PortraitRefreshing(PortraitService portraits, JdbcClient jdbc, PlatformTransactionManager transactionManager,
			Clock clock) {
		for (int lane = 0; lane < LANES; lane++) {
			this.lanes.add(new Lane(lane));
		}
		this.portraits = portraits;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/** Queues the employer's refresh of the group in the caller's transaction; the worker starts when it commits. */
	void queue(long employerId, String group, String detail) {
		this.jdbc.sql("""
				insert into risk.pending_refresh (employer_id, grp, detail, queued_at) values (:id, :grp, :detail, :at)""")
			.param("id", employerId)
			.param("grp", group)
			.param("detail", detail)
			.param("at", Timestamp.from(this.clock.instant()))
			.update();
		// Only the lane that takes this employer's rows (the same division as its query).
		this.lanes.get((int) (employerId % LANES)).wakeAfterCommit();
	}

	/**
	 * Who is told, for each queue row refreshed, when it was queued and how long after that the refresh committed
	 * (benchmark).
	 */
	void observe(BiConsumer<Instant, Duration> observer) {
		this.observer = observer;
	}

	/** Employers waiting for a refresh (benchmark, tests). */
	long queued() {
		return this.jdbc.sql("select count(distinct employer_id) from risk.pending_refresh where attempts < :max")
			.param("max", ATTEMPTS)
			.query(Long.class)
			.single();
	}

	@Override
	public void start() {
		this.lanes.forEach(Lane::start);
	}

	/** Stops every lane after the refresh under way (a test stops them to see work still queued). */
	@Override
	public void stop() {
		this.lanes.forEach(Lane::stop);
	}

	@Override
	public boolean isRunning() {
		return this.lanes.stream().anyMatch(Lane::isRunning);
	}

	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 1;
	}

	/** One worker thread, refreshing the employers of its lane in turn without resting. */
	private final class Lane extends YieldingWorker {

		private final int index;

		Lane(int index) {
			super(THREAD + "-" + index, 2_000);
			this.index = index;
		}

		@Override
		protected boolean step() {
			return ListenerThreads.call(() -> {
				List<Long> employers = new ArrayList<>(new LinkedHashSet<>(PortraitRefreshing.this.jdbc.sql("""
						select employer_id from risk.pending_refresh
						where attempts < :max and employer_id % :lanes = :lane order by id limit :limit""")
					.param("max", ATTEMPTS)
					.param("lanes", LANES)
					.param("lane", this.index)
					.param("limit", EMPLOYERS)
					.query(Long.class)
					.list()));
				for (int from = 0; from < employers.size(); from += BATCH) {
					refresh(employers.subList(from, Math.min(employers.size(), from + BATCH)));
				}
				return !employers.isEmpty();
			});
		}

		@Override
		protected long restAfter(long tookMillis) {
			return 0;
		}

		@Override
		protected int priority() {
			return Thread.NORM_PRIORITY;
		}

	}

	private record Queued(long employerId, String group, String detail, Instant queuedAt) {
	}

	/**
	 * Refreshes the employers, in one transaction, for every group queued for each by now, taking those rows off the
	 * queue. When that fails, each employer is refreshed again in a transaction of its own, so that one employer's
	 * failure is counted on its rows alone and does not hold back the others.
	 */
	private void refresh(List<Long> employerIds) {
		if (employerIds.size() == 1) {
			refresh(employerIds.get(0));
			return;
		}
		try {
			this.transactions.executeWithoutResult(status -> take(employerIds));
		}
		catch (RuntimeException ex) {
			log.debug("Refresh of employers {} together failed; each is refreshed alone", employerIds, ex);
			employerIds.forEach(this::refresh);
		}
	}

	/** Takes the employers' rows off the queue and refreshes each employer, in the caller's transaction. */
	private void take(List<Long> employerIds) {
		List<Queued> rows = this.jdbc.sql("""
				delete from risk.pending_refresh where id in (
				    select id from risk.pending_refresh where employer_id = any(cast(:ids as bigint[])) and attempts < :max
				    for update skip locked)
				returning employer_id, grp, detail, queued_at""")
			.param("ids", employerIds.toArray(Long[]::new))
			.param("max", ATTEMPTS)
			.query((rs, n) -> new Queued(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()))
			.list();
		if (rows.isEmpty()) {
			return;
		}
		for (long employerId : employerIds) {
			List<Queued> own = rows.stream().filter(row -> row.employerId() == employerId).toList();
			if (!own.isEmpty()) {
				refresh(employerId, own);
			}
		}
		BiConsumer<Instant, Duration> observing = this.observer;
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				Instant now = PortraitRefreshing.this.clock.instant();
				rows.forEach(row -> observing.accept(row.queuedAt(), Duration.between(row.queuedAt(), now)));
			}
		});
	}

	/** Refreshes the employer once for the groups of its queue rows. */
	private void refresh(long employerId, List<Queued> rows) {
		Set<String> groups = new LinkedHashSet<>();
		Set<String> details = new LinkedHashSet<>();
		rows.forEach(row -> {
			groups.add(row.group());
			details.add(row.detail());
		});
		String detail = String.join("; ", details.stream().limit(10).toList()) + (details.size() > 10 ? "; …" : "");
		if (groups.contains(ALL)) {
			this.portraits.refresh(employerId, Set.copyOf(FactCollector.GROUPS), "NEW_EMPLOYER", detail, true);
		}
		else {
			this.portraits.refresh(employerId, groups, "EVENT", detail, false);
		}
	}

	/** Refreshes one employer in a transaction of its own; a failure is counted on its rows. */
	private void refresh(long employerId) {
		try {
			this.transactions.executeWithoutResult(status -> take(List.of(employerId)));
		}
		catch (RuntimeException ex) {
			log.warn("Portrait refresh of employer {} failed; counted as an attempt (at {} its rows stay queued for an "
					+ "operator)", employerId, ATTEMPTS, ex);
			this.transactions.executeWithoutResult(status -> this.jdbc.sql("""
					update risk.pending_refresh set attempts = attempts + 1 where employer_id = :id""")
				.param("id", employerId)
				.update());
		}
	}

}
