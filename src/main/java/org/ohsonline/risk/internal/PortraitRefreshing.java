package org.ohsonline.risk.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

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
 * its rows queued) and the yielding workers rest longer while they run. A refresh that fails is logged and counted on the employer's rows; after
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

	/** Employers looked up per step (each refreshed in its own transaction). */
	static final int EMPLOYERS = 50;

	static final int ATTEMPTS = 5;

	/** The group that stands for every group, refreshed even when nothing changed: an employer not seen before. */
	static final String ALL = "*";

	private static final Logger log = LoggerFactory.getLogger(PortraitRefreshing.class);

	private final PortraitService portraits;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private volatile Consumer<Duration> observer = latency -> {
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

	/** Who is told, for each queue row refreshed, how long after its queueing the refresh committed (benchmark). */
	void observe(Consumer<Duration> observer) {
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
				employers.forEach(PortraitRefreshing.this::refresh);
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

	private record Queued(String group, String detail, Instant queuedAt) {
	}

	/** Refreshes one employer for every group queued for it by now, taking those rows off the queue. */
	private void refresh(long employerId) {
		try {
			this.transactions.executeWithoutResult(status -> {
				List<Queued> rows = this.jdbc.sql("""
						delete from risk.pending_refresh where id in (
						    select id from risk.pending_refresh where employer_id = :id and attempts < :max
						    for update skip locked)
						returning grp, detail, queued_at""")
					.param("id", employerId)
					.param("max", ATTEMPTS)
					.query((rs, n) -> new Queued(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
					.list();
				if (rows.isEmpty()) {
					return;
				}
				Set<String> groups = new LinkedHashSet<>();
				Set<String> details = new LinkedHashSet<>();
				rows.forEach(row -> {
					groups.add(row.group());
					details.add(row.detail());
				});
				String detail = String.join("; ", details.stream().limit(10).toList())
						+ (details.size() > 10 ? "; …" : "");
				if (groups.contains(ALL)) {
					this.portraits.refresh(employerId, Set.copyOf(FactCollector.GROUPS), "NEW_EMPLOYER", detail, true);
				}
				else {
					this.portraits.refresh(employerId, groups, "EVENT", detail, false);
				}
				Consumer<Duration> observing = this.observer;
				TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
					@Override
					public void afterCommit() {
						Instant now = PortraitRefreshing.this.clock.instant();
						rows.forEach(row -> observing.accept(Duration.between(row.queuedAt(), now)));
					}
				});
			});
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
