package org.ohsonline.risk.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.ohsonline.registry.EmployerChanged;
import org.ohsonline.shared.demo.CommandOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code --risk-benchmark} (bench/risk.sh, docs/benchmarks.md): on the register in the data directory, times the build
 * of the portraits (every portrait reset to never gathered first), the full reclassification twice — every class
 * changing (classes cleared first) and nothing changing — against the set-based SQL baseline computing the same
 * classes, then the incremental path: register events published at a fixed rate, each refreshing the employer's
 * portrait and reassessing it, with the latency from the event's queue row (written in the publishing transaction)
 * to the refresh's commit, as the refresh worker reports it ({@link PortraitRefreshing#observe}), for each
 * employer's first event on a portrait built in bulk and again for its second, after a warm-up of each kind of
 * stream on other employers and a rest. Prints the
 * figures; the application keeps serving afterwards (the script times the portrait page over HTTP, then stops it).
 */
@Component
@Order(50)
class RiskBenchmark implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(RiskBenchmark.class);

	static final String OPTION = "risk-benchmark";

	private final FullReclassification full;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final PortraitRefreshing refreshing;

	RiskBenchmark(FullReclassification full, JdbcClient jdbc, TransactionTemplate transactions,
			ApplicationEventPublisher events, PortraitRefreshing refreshing) {
		this.full = full;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.events = events;
		this.refreshing = refreshing;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		if (!args.containsOption(OPTION)) {
			return;
		}
		int rate = CommandOptions.integer(args, "risk-benchmark-rate", 200);
		int seconds = CommandOptions.integer(args, "risk-benchmark-seconds", 30);
		// The register as a province's first start leaves it, whatever earlier runs gathered: no portrait has facts of its
		// groups, the build counts every portrait's findings, and the first streams below are each employer's first event.
		// Earlier runs' whole-province reclassifications wrote an assessment per employer each (300,000 a run): kept, they
		// pile up in the history every portrait page reads (40 per employer after 40 runs, 14 GB), which a province
		// never has. Deleted, except each portrait's current one.
		long history = System.nanoTime();
		int earlier = this.transactions.execute(status -> this.jdbc.sql("""
				delete from risk.assessment a where a.trigger_kind = 'FULL' and a.trigger_detail like 'benchmark:%'
				    and not exists (select 1 from risk.portrait p where p.assessment_id = a.id)""").update());
		print("assessments written by earlier benchmark runs deleted: %d, %.1f s", earlier,
				(System.nanoTime() - history) / 1e9);
		int reset = this.transactions.execute(status -> {
			this.jdbc.sql("delete from risk.fact where grp = any(cast(:groups as text[]))")
				.param("groups", FactCollector.GROUPS.toArray(String[]::new))
				.update();
			return this.jdbc.sql("update risk.portrait set gathered = '{}' where cardinality(gathered) > 0").update();
		});
		print("portraits reset to never gathered (as built in bulk): %d", reset);
		FullReclassification.Built build = this.full.buildMissing();
		print("portraits built (register → risk.portrait): %d employers, %d new, %d never gathered recounted, %.1f s",
				build.employers(), build.created(), build.recounted(), build.millis() / 1000.0);
		this.transactions.executeWithoutResult(status -> this.jdbc.sql("""
				update risk.portrait set risk_class = null, hazard_level = null, grade = null, light = null,
				    assessment_id = null where not overridden""").update());
		FullReclassification.Run changing = this.full.reclassifyAll("benchmark: every class written");
		print("full reclassification, every class written: %d employers, %d written, %.1f s (%.0f employers/s)",
				changing.employers(), changing.changed(), changing.millis() / 1000.0,
				changing.employers() * 1000.0 / Math.max(1, changing.millis()));
		FullReclassification.Run unchanged = this.full.reclassifyAll("benchmark: nothing changes");
		print("full reclassification, nothing changes: %d employers, %d written, %.1f s", unchanged.employers(),
				unchanged.changed(), unchanged.millis() / 1000.0);
		long[] baseline = this.full.baseline();
		print("set-based SQL baseline (one statement, same classes): %.1f s; employers whose class differs from Java's: %d",
				baseline[0] / 1000.0, baseline[1]);
		print("classes: %s", this.jdbc.sql("select string_agg(c || ' ' || n, ', ') from (select coalesce(risk_class, '-') c, count(*) n from risk.portrait group by 1 order by 1) x")
			.query(String.class)
			.single());
		// The bulk writes above leave 300,000 dead row versions in the portraits and as many new assessments: vacuumed and
		// checkpointed here, so that the autovacuum and the checkpoint they would start do not fall inside the streams.
		long maintenance = System.nanoTime();
		this.jdbc.sql("vacuum (analyze) risk.portrait, risk.assessment").update();
		this.jdbc.sql("checkpoint").update();
		print("vacuum and checkpoint after the bulk writes: %.1f s", (System.nanoTime() - maintenance) / 1e9);
		// Warm-up, as JMH warms up: each kind of stream for a few seconds on other employers (other seeds), not counted;
		// the code paths are compiled and the pools filled before the measured streams.
		int warmUp = CommandOptions.integer(args, "risk-benchmark-warm-up", 30);
		if (warmUp > 0) {
			incremental(rate, warmUp, Set.of("name"), "warm-up, not a measurement: record changed", 1_000);
			incremental(rate, warmUp, Set.of(EmployerChanged.HAZARDS), "warm-up, not a measurement: post with hazards added",
					1_000);
			// What the warm-up's streams left to the other modules' queues is the warm-up's, not the first measured
			// stream's: the declaration and testing queues drained, then a pause (the measured streams follow one another
			// without one, each on what the one before left).
			int settle = CommandOptions.integer(args, "risk-benchmark-settle", 30);
			long settling = System.nanoTime();
			long deadline = System.currentTimeMillis() + 300_000;
			while (System.currentTimeMillis() < deadline && count("""
					select (select count(*) from declaration.pending_register_change)
					    + (select count(*) from testing.pending_register_change)""") > 0) {
				Thread.sleep(500);
			}
			double drained = (System.nanoTime() - settling) / 1e9;
			Thread.sleep(settle * 1_000L);
			print("after the warm-up: declaration and testing queues drained in %.1f s, then %d s of rest; the indicators' "
					+ "recompute has %d employers queued", drained, settle,
					count("select count(distinct employer_id) from indicators.pending_recompute"));
		}
		// An employer's own record changed: the portrait refreshes its profile part (no workforce count; on a portrait
		// built in bulk, whose register part has no facts yet, the row's identity alone).
		incremental(rate, seconds, Set.of("name"), "record changed, first event", 0);
		// A post with hazard factors added: the whole register part, the exposed workforce counted again (other employers;
		// on a portrait built in bulk its facts are stored for the first time).
		incremental(rate, seconds, Set.of(EmployerChanged.HAZARDS), "post with hazards added, first event", 2_000);
		// The same employers again: what a portrait that has gathered its facts costs.
		incremental(rate, seconds, Set.of("name"), "record changed, second event", 0);
		incremental(rate, seconds, Set.of(EmployerChanged.HAZARDS), "post with hazards added, second event", 2_000);
	}

	/** Publishers of the stream: like requests of many users, each event in its own transaction. */
	private static final int PUBLISHERS = 4;

	/**
	 * Publishes {@code rate} register events a second for {@code seconds}, each in its own transaction, from
	 * {@link #PUBLISHERS} threads each keeping its own share of the schedule (one thread alone falls behind 200/s: a
	 * publishing transaction takes about 5 ms on this machine).
	 */
	private void incremental(int rate, int seconds, Set<String> fields, String label, int seedOffset)
			throws InterruptedException {
		java.util.Map<Long, String> regions = new java.util.HashMap<>();
		this.jdbc.sql("select employer_id, region_code from risk.portrait order by employer_id")
			.query((rs, n) -> regions.put(rs.getLong(1), rs.getString(2)))
			.list();
		List<Long> ids = new ArrayList<>(regions.keySet());
		java.util.Collections.sort(ids);
		int total = rate * seconds;
		long intervalNanos = 1_000_000_000L / rate;
		java.util.Queue<long[]> latencies = new java.util.concurrent.ConcurrentLinkedQueue<>();
		java.time.Instant started = java.time.Instant.now();
		this.refreshing.observe((queuedAt, latency) -> latencies
			.add(new long[] { java.time.Duration.between(started, queuedAt).toSeconds(), latency.toNanos() }));
		long[] walBefore = wal();
		long[] jvmBefore = jvm();
		long autovacuumsBefore = autovacuums();
		long start = System.nanoTime();
		java.util.concurrent.ExecutorService publishers = java.util.concurrent.Executors.newFixedThreadPool(PUBLISHERS);
		java.util.concurrent.atomic.AtomicLong late = new java.util.concurrent.atomic.AtomicLong();
		for (int p = 0; p < PUBLISHERS; p++) {
			int publisher = p;
			publishers.submit(() -> {
				Random random = new Random(7 + seedOffset + publisher);
				for (int i = publisher; i < total; i += PUBLISHERS) {
					long due = start + i * intervalNanos;
					long wait = due - System.nanoTime();
					if (wait > 0) {
						Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
					}
					else if (wait < -intervalNanos) {
						late.incrementAndGet();
					}
					long id = ids.get(random.nextInt(ids.size()));
					this.transactions.executeWithoutResult(status -> this.events.publishEvent(
							new EmployerChanged(id, regions.get(id), fields, LocalDate.now(Assessor.ZONE))));
				}
				return null;
			});
		}
		publishers.shutdown();
		publishers.awaitTermination(seconds + 600L, java.util.concurrent.TimeUnit.SECONDS);
		double publishSeconds = (System.nanoTime() - start) / 1e9;
		print("incremental (%s): %d EmployerChanged %s events published in %.1f s (%.0f/s) by %d publishers, %d behind schedule",
				label, total, fields, publishSeconds, total / publishSeconds, PUBLISHERS, late.get());
		long deadline = System.currentTimeMillis() + 600_000;
		while (System.currentTimeMillis() < deadline && (latencies.size() < total || this.refreshing.queued() > 0)) {
			Thread.sleep(100);
		}
		double drained = (System.nanoTime() - start) / 1e9;
		long[] walAfter = wal();
		long[] jvmAfter = jvm();
		long autovacuumsAfter = autovacuums();
		this.refreshing.observe((queuedAt, latency) -> {
		});
		List<Long> sorted = new ArrayList<>(latencies.stream().map(entry -> entry[1]).toList());
		sorted.sort(null);
		print("incremental event → class updated (%s; queued in the publishing transaction → refresh committed): %d events, p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms; drained in %.1f s",
				label, sorted.size(), percentile(sorted, 0.50), percentile(sorted, 0.95), percentile(sorted, 0.99),
				percentile(sorted, 1.0), drained);
		// Where the slow events fell: spread over the stream (the refresh's own cost) or in a few seconds (something else
		// running then), with what the JVM and the database did besides during the stream.
		java.util.Map<Long, List<Long>> bySecond = new java.util.TreeMap<>();
		latencies.forEach(entry -> bySecond.computeIfAbsent(entry[0], second -> new ArrayList<>()).add(entry[1]));
		long slowSeconds = 0;
		long worstSecond = -1;
		double worst = 0;
		for (var second : bySecond.entrySet()) {
			List<Long> values = new ArrayList<>(second.getValue());
			values.sort(null);
			double p95 = percentile(values, 0.95);
			slowSeconds += p95 > 50 ? 1 : 0;
			if (p95 > worst) {
				worst = p95;
				worstSecond = second.getKey();
			}
		}
		print("  by second of queueing (%s): %d of %d seconds with p95 over 50 ms, the worst second %d with p95 %.0f ms; "
				+ "during the stream the JVM's collectors paused %d times for %d ms, its compilers took %d ms; "
				+ "autovacuum and autoanalyze runs %d", label, slowSeconds, bySecond.size(), worstSecond, worst,
				jvmAfter[0] - jvmBefore[0], jvmAfter[1] - jvmBefore[1], jvmAfter[2] - jvmBefore[2],
				autovacuumsAfter - autovacuumsBefore);
		// The write-ahead log the stream wrote: a page's first change after a checkpoint is logged whole.
		print("  write-ahead log of the stream (%s): %d records, %d whole pages, %.0f MB; checkpoints begun %d", label,
				walAfter[0] - walBefore[0], walAfter[1] - walBefore[1], (walAfter[2] - walBefore[2]) / 1e6,
				walAfter[3] - walBefore[3]);
		// The other modules' work on the same events, queued as the portraits' refreshes are and drained by workers that
		// yield (decisions 0039, 0043): what is left of it when the stream ends.
		print("  other modules' queues after the stream (%s): indicators' recompute %d employers, declaration %d changes, testing clocks %d changes",
				label, count("select count(distinct employer_id) from indicators.pending_recompute"),
				count("select count(*) from declaration.pending_register_change"),
				count("select count(*) from testing.pending_register_change"));
	}

	/** The server's write-ahead log so far: records, whole pages (full-page images), bytes and checkpoints. */
	private long[] wal() {
		return this.jdbc.sql("""
				select wal_records, wal_fpi, cast(wal_bytes as bigint),
				    (select num_timed + num_requested from pg_stat_checkpointer) from pg_stat_wal""")
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4) })
			.single();
	}

	/** The JVM's garbage collections so far (count, milliseconds) and its compilers' milliseconds. */
	private static long[] jvm() {
		long collections = 0;
		long collecting = 0;
		for (var collector : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
			collections += Math.max(0, collector.getCollectionCount());
			collecting += Math.max(0, collector.getCollectionTime());
		}
		var compilation = java.lang.management.ManagementFactory.getCompilationMXBean();
		return new long[] { collections, collecting,
				compilation != null && compilation.isCompilationTimeMonitoringSupported()
						? compilation.getTotalCompilationTime() : 0 };
	}

	/** Autovacuum and autoanalyze runs so far, every table. */
	private long autovacuums() {
		return count("select cast(coalesce(sum(autovacuum_count + autoanalyze_count), 0) as bigint) from pg_stat_all_tables");
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	/** The value at the fraction of the sorted nanoseconds, in milliseconds (nearest rank). */
	private static double percentile(List<Long> sortedNanos, double fraction) {
		if (sortedNanos.isEmpty()) {
			return Double.NaN;
		}
		int rank = (int) Math.ceil(fraction * sortedNanos.size());
		return sortedNanos.get(Math.max(0, Math.min(sortedNanos.size() - 1, rank - 1))) / 1e6;
	}

	private static void print(String format, Object... arguments) {
		log.info("RISK-BENCH {}", String.format(java.util.Locale.ROOT, format, arguments));
	}

}
