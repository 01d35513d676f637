package org.ohsonline.registry.internal.synthetic;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.ohsonline.audit.AuditEntryView;
import org.ohsonline.audit.AuditFilter;
import org.ohsonline.audit.AuditQueries;
import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.reference.Catalogs;
import org.ohsonline.reference.Divisions;
import org.ohsonline.reference.HazardFactors;
import org.ohsonline.reference.Industries;
import org.ohsonline.registry.SyntheticData;
import org.ohsonline.registry.internal.BulkDerivations;
import org.ohsonline.registry.internal.EmployerCounts;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.PiiCipher;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a generation: plans and renders batches on one thread while this one streams them into
 * PostgreSQL with COPY, all in one transaction that ends with the run's audit entry.
 */
@Service
class SyntheticDataService implements SyntheticData {

	private static final Logger log = LoggerFactory.getLogger(SyntheticDataService.class);

	private static final int BATCH_EMPLOYERS = 1_000;

	private static final int BATCH_WORKERS = 25_000;

	private static final Actor SYSTEM = Actor.system("synthetic-data");

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Divisions divisions;

	private final Industries industries;

	private final HazardFactors hazards;

	private final Catalogs catalogs;

	private final BulkDerivations derivations;

	private final PiiCipher cipher;

	private final AuditTrail audit;

	private final AuditQueries auditQueries;

	private final Environment environment;

	private final Clock clock;

	private final EmployerCounts counts;

	SyntheticDataService(DataSource dataSource, JdbcClient jdbc, PlatformTransactionManager transactions,
			Divisions divisions, Industries industries, HazardFactors hazards, Catalogs catalogs,
			BulkDerivations derivations, PiiCipher cipher, AuditTrail audit, AuditQueries auditQueries,
			Environment environment, Clock clock, EmployerCounts counts) {
		this.counts = counts;
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		this.divisions = divisions;
		this.industries = industries;
		this.hazards = hazards;
		this.catalogs = catalogs;
		this.derivations = derivations;
		this.cipher = cipher;
		this.audit = audit;
		this.auditQueries = auditQueries;
		this.environment = environment;
		this.clock = clock;
	}

	@Override
	public Summary generate(Request request, Consumer<Progress> progress) {
		if (this.environment.acceptsProfiles(Profiles.of("prod")) && !request.allowInProduction()) {
			throw new IllegalStateException("Refusing to generate synthetic data under the prod profile: "
					+ "synthetic rows must not mix with a real register (override: --allow-synthetic-in-production)");
		}
		long employers = count("select count(*) from registry.employer");
		long workers = count("select count(*) from registry.worker");
		if ((employers > 0 || workers > 0) && !request.append()) {
			throw new IllegalStateException("The register already holds " + employers + " employers and " + workers
					+ " workers; refusing to generate into it again (add --append to add a further run with fresh codes)");
		}
		int run = (int) runs().total();
		boolean demo = this.jdbc.sql("select count(*) from registry.employer where credit_code = :code")
			.param("code", Generator.DEMO_CREDIT_CODE)
			.query(Long.class)
			.single() == 0
				&& this.jdbc.sql("select count(*) from registry.worker where id_number_index = :index")
					.param("index", this.cipher.blindIndex(Generator.DEMO_ID_NUMBER))
					.query(Long.class)
					.single() == 0;
		interrupted().ifPresent(earlier -> log.warn("Synthetic run {} (scale {}, seed {}), started {}, did not finish: "
				+ "it was one transaction, so nothing of it was kept; it is written again now", earlier.run(),
				earlier.scale(), earlier.seed(), earlier.startedAt()));
		// Committed before anything is written, so that a run killed halfway is found (and said) afterwards.
		this.transactions.executeWithoutResult(status -> this.audit.record(SYSTEM, STARTED_ACTION,
				AuditTarget.of("synthetic-run", run, request.scale().regionCode()), null,
				Map.of("scale", request.scale().name(), "seed", request.seed(), "run", run, "append", request.append())));
		Instant started = Instant.now(this.clock);
		CatalogSnapshot snapshot = CatalogSnapshot.read(request.scale().regionCode(), this.divisions, this.industries,
				this.hazards, this.catalogs);
		log.info("Catalogs read for the synthetic run in {} ms", Duration.between(started, Instant.now(this.clock)).toMillis());
		Generator generator = new Generator(snapshot, request.scale(), request.seed(), run, demo);
		log.info("Generating synthetic run {} at scale {} (seed {}): {} employers in {} counties", run,
				request.scale(), request.seed(), generator.planned(), snapshot.counties().size());
		Map<String, Long> rows = new LinkedHashMap<>();
		CopyBatch.COLUMNS.keySet().forEach(table -> rows.put(table, 0L));
		Duration elapsed = this.transactions.execute(status -> {
			this.counts.invalidateAll();
			write(generator, started, rows, progress);
			Duration took = Duration.between(started, Instant.now(this.clock));
			// One entry for the whole run, in its transaction: bulk rows are not user writes.
			Map<String, Object> after = new LinkedHashMap<>();
			after.put("scale", request.scale().name());
			after.put("seed", request.seed());
			after.put("run", run);
			after.put("append", request.append());
			after.put("region", request.scale().regionCode());
			rows.forEach(after::put);
			after.put("elapsedSeconds", took.toSeconds());
			this.audit.record(SYSTEM, AUDIT_ACTION, AuditTarget.of("synthetic-run", run, request.scale().regionCode()),
					null, after);
			return took;
		});
		// Again after the commit: a list counted while the run wrote would otherwise keep its old total.
		this.counts.invalidateAll();
		// Vacuum, not only analyse: a bulk load leaves the visibility map empty, and without it the
		// list's count and page cannot be answered from the index alone (docs/benchmarks.md).
		CopyBatch.COLUMNS.keySet().forEach(table -> this.jdbc.sql("vacuum (analyze) registry." + table).update());
		return new Summary(request.scale(), request.seed(), run, rows, elapsed,
				count("select pg_database_size(current_database())"), tableSizes());
	}

	@Override
	public Census census() {
		long employers = count("select count(*) from registry.employer where synthetic");
		long workers = count("select count(*) from registry.worker where synthetic");
		List<AuditEntryView> last = runs().items();
		Optional<String> scale = Optional.empty();
		Optional<Long> seed = Optional.empty();
		if (!last.isEmpty() && last.get(0).after() != null) {
			JsonNode after = JsonMapper.builder().build().readTree(last.get(0).after());
			scale = Optional.ofNullable(after.get("scale")).map(JsonNode::asString);
			seed = Optional.ofNullable(after.get("seed")).map(JsonNode::asLong);
		}
		return new Census(employers, workers, scale, seed);
	}

	@Override
	public Optional<Interrupted> interrupted() {
		String run = String.valueOf(runs().total());
		return this.auditQueries
			.search(SYSTEM, new AuditFilter(null, null, STARTED_ACTION, "synthetic-run", run, null, null), PageQuery.of(1, 1))
			.items()
			.stream()
			.findFirst()
			.map(entry -> {
				JsonNode after = JsonMapper.builder().build().readTree(entry.after());
				return new Interrupted(Integer.parseInt(run), after.get("scale").asString(), after.get("seed").asLong(),
						entry.occurredAt());
			});
	}

	/**
	 * The audit entries of earlier runs, newest first. Their count numbers the next run, which keeps
	 * its codes apart from those of every earlier run.
	 */
	private org.ohsonline.shared.Page<AuditEntryView> runs() {
		return this.auditQueries.search(SYSTEM, new AuditFilter(null, null, AUDIT_ACTION, null, null, null, null),
				PageQuery.of(1, 1));
	}

	private long write(Generator generator, Instant started, Map<String, Long> rows, Consumer<Progress> progress) {
		BlockingQueue<Object> queue = new ArrayBlockingQueue<>(2);
		Object end = new Object();
		ExecutorService producer = Executors.newSingleThreadExecutor(r -> new Thread(r, "synthetic-generator"));
		Instant now = Instant.now(this.clock);
		Future<?> planning = producer.submit(() -> {
			BulkDerivations.Session derive = this.derivations.session();
			CopyBatch.Ledger ledger = new CopyBatch.Ledger();
			List<Plans.Employer> plans = new ArrayList<>();
			int people = 0;
			while (generator.hasNext()) {
				Plans.Employer employer = generator.next();
				plans.add(employer);
				people += employer.workers().size();
				if (plans.size() >= BATCH_EMPLOYERS || people >= BATCH_WORKERS) {
					queue.put(new CopyBatch(plans, this::reserve, ledger, this.cipher, derive, now));
					plans = new ArrayList<>();
					people = 0;
				}
			}
			if (!plans.isEmpty()) {
				queue.put(new CopyBatch(plans, this::reserve, ledger, this.cipher, derive, now));
			}
			queue.put(end);
			log.info("Synthetic run planned: {}", derive.statistics());
			return null;
		});
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			long employers = 0;
			long workers = 0;
			long total = 0;
			while (true) {
				Object next = queue.poll(1, TimeUnit.SECONDS);
				if (next == null) {
					if (planning.isDone()) {
						// Rethrows what stopped the planner; a normal end always leaves the end mark queued.
						planning.get();
					}
					continue;
				}
				if (next == end) {
					break;
				}
				CopyBatch batch = (CopyBatch) next;
				for (Map.Entry<String, byte[]> payload : batch.payloads.entrySet()) {
					copy.copyIn("copy registry." + payload.getKey() + " (" + CopyBatch.COLUMNS.get(payload.getKey())
							+ ") from stdin", new ByteArrayInputStream(payload.getValue()));
				}
				batch.rows.forEach((table, n) -> rows.merge(table, n.longValue(), Long::sum));
				employers += batch.employers;
				workers += batch.workers;
				total += batch.totalRows();
				progress.accept(new Progress(employers, workers, total, Duration.between(started, Instant.now(this.clock))));
			}
			planning.get();
			return total;
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("Writing synthetic data failed: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Planning synthetic data failed: " + ex.getCause().getMessage(),
					ex.getCause());
		}
		finally {
			planning.cancel(true);
			producer.shutdownNow();
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	/** A block of a table's sequence: {@code setval(nextval + n - 1)} in one statement. */
	private long reserve(String table, int count) {
		if (count == 0) {
			return 0;
		}
		long last = this.jdbc
			.sql("select setval(pg_get_serial_sequence(:table, 'id'), nextval(pg_get_serial_sequence(:table, 'id')) + :n - 1)")
			.param("table", "registry." + table)
			.param("n", count)
			.query(Long.class)
			.single();
		return last - count + 1;
	}

	private Map<String, Long> tableSizes() {
		Map<String, Long> sizes = new LinkedHashMap<>();
		for (String table : CopyBatch.COLUMNS.keySet()) {
			sizes.put(table, this.jdbc.sql("select pg_total_relation_size(cast(:t as regclass))")
				.param("t", "registry." + table)
				.query(Long.class)
				.single());
		}
		return sizes;
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
