package org.ohsonline.indicators.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;

import org.ohsonline.indicators.IndicatorDefinition;
import org.ohsonline.indicators.RebuildReport;
import org.ohsonline.registry.Employers;
import org.ohsonline.shared.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the membership rows current: {@link #recompute} for one employer after an event (the same event twice gives
 * the same rows), {@link #rebuild} for everyone from the modules' facades, counting each row it found different from
 * what the events had kept. The rebuild goes by batches of {@value #BATCH} employers, each in its own transaction:
 * the batch's employers are locked (as an event's recompute locks its one employer), their facts read with one
 * set-based facade call per source for the whole batch ({@link FactReader#readAll}), and their rows replaced;
 * so a rebuild at province scale never holds one long transaction, events keep flowing meanwhile (an event of an
 * employer of the batch being written waits for it), and what a batch writes was read under its locks.
 */
@Component
class ReadModel {

	private static final Logger log = LoggerFactory.getLogger(ReadModel.class);

	private static final int SAMPLE = 50;

	/** Employers per rebuild transaction (one set-based read per module and batch). */
	static final int BATCH = 1_000;

	private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

	private static final Actor SYSTEM = Actor.system("indicators");

	private final FactReader facts;

	private final MembershipStore store;

	private final DefinitionCatalog definitions;

	private final Employers employers;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final FigureCache cache;

	ReadModel(FactReader facts, MembershipStore store, DefinitionCatalog definitions, Employers employers,
			JdbcClient jdbc, org.springframework.transaction.PlatformTransactionManager transactionManager, Clock clock,
			FigureCache cache) {
		this.cache = cache;
		this.facts = facts;
		this.store = store;
		this.definitions = definitions;
		this.employers = employers;
		this.jdbc = jdbc;
		// Each employer in a transaction of its own, also when called from an event listener's transaction: a
		// rebuild never holds one transaction over the whole register.
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/** Recomputes one employer's rows; returns the differences it made. */
	List<String> recompute(long employerId, String cause) {
		return recompute(employerId, cause, this.definitions.inForce());
	}

	private List<String> recompute(long employerId, String cause, List<IndicatorDefinition> definitions) {
		// One employer at a time: two events of the same employer delivered at once would otherwise both insert its
		// rows. The facts are read after the lock, so the later recompute sees what the earlier one saw or newer.
		List<String> differences = this.transactions.execute(status -> {
			this.store.lock(employerId);
			Optional<EmployerFacts> read = this.facts.read(employerId);
			// The data date changes with every recompute, the figures perhaps: the cached tables go.
			this.cache.invalidate();
			return read.map(f -> this.store.replace(f, MembershipRules.rows(f, definitions), cause, this.clock.instant()))
				.orElseGet(() -> this.store.remove(employerId));
		});
		return differences == null ? List.of() : differences;
	}

	/**
	 * Queues the employer's recompute for the {@link IndicatorRecomputation} worker, in the caller's transaction (the
	 * publishing module's: the employer is queued if and only if its change commits). A plain insert, a row per event,
	 * so that it never waits for the worker (see {@link #recomputeQueued}).
	 */
	void queue(long employerId, String cause) {
		this.jdbc.sql("""
				insert into indicators.pending_recompute (employer_id, cause, queued_at) values (:id, :cause, :at)""")
			.param("id", employerId)
			.param("cause", cause)
			.param("at", java.sql.Timestamp.from(this.clock.instant()))
			.update();
	}

	/**
	 * Queues every employer of the register, and every employer the read model still has rows of, for the worker (a
	 * new definitions edition, severities recomputed against a new directory): nothing long runs in the event's
	 * listener, and the queue survives a restart, so a recompute of the province is resumed, never started over.
	 * The institutions' rows, few, are recomputed at once. Returns how many employers were queued.
	 */
	int queueAll(String cause) {
		Set<Long> ids = new java.util.TreeSet<>(this.store.knownEmployers());
		this.employers.forEachDuties(SYSTEM, d -> ids.add(d.id()));
		List<Long> all = new ArrayList<>(ids);
		java.sql.Timestamp at = java.sql.Timestamp.from(this.clock.instant());
		for (int from = 0; from < all.size(); from += BATCH) {
			this.jdbc.sql("""
					insert into indicators.pending_recompute (employer_id, cause, queued_at)
					select id, :cause, :at from unnest(array[:ids]) as id""")
				.param("cause", cause)
				.param("at", at)
				.param("ids", all.subList(from, Math.min(all.size(), from + BATCH)))
				.update();
		}
		recomputeInstitutions(null);
		if (!all.isEmpty()) {
			log.info("Indicator read models: {} employers queued for recompute ({})", all.size(), cause);
		}
		return all.size();
	}

	/** How many employers wait for their recompute (tests; the operations page). */
	long queued() {
		return this.jdbc.sql("select count(distinct employer_id) from indicators.pending_recompute")
			.query(Long.class)
			.single();
	}

	/**
	 * Recomputes the employers of up to {@code limit} of the oldest queue rows in one transaction — their facts read
	 * as a rebuild batch reads them ({@link FactReader#readAll}) — and takes their rows off the queue in the same
	 * transaction, with the other rows of the same employers committed by then (their changes are in the facts read
	 * after); rows another instance is recomputing are skipped, rows queued later stay for the next step.
	 * @return how many employers were recomputed (0: the queue is empty)
	 */
	int recomputeQueued(int limit) {
		Integer done = this.transactions.execute(status -> {
			Map<Long, String> causes = new java.util.LinkedHashMap<>();
			this.jdbc.sql("""
					delete from indicators.pending_recompute where id in (
					    select id from indicators.pending_recompute order by id limit :limit for update skip locked)
					returning employer_id, cause""")
				.param("limit", limit)
				.query((rs, i) -> causes.putIfAbsent(rs.getLong(1), rs.getString(2)))
				.list();
			if (causes.isEmpty()) {
				return 0;
			}
			List<Long> ids = new ArrayList<>(causes.keySet());
			ids.sort(null);
			this.jdbc.sql("""
					delete from indicators.pending_recompute where id in (
					    select id from indicators.pending_recompute where employer_id in (:ids) for update skip locked)""")
				.param("ids", ids)
				.update();
			writeLocked(ids, this.definitions.inForce(), causes::get);
			return ids.size();
		});
		return done == null ? 0 : done;
	}

	/**
	 * Recomputes the rows counted per diagnosis institution ({@code institutionId} null: every institution, as the
	 * rebuild does): each institution's duty clocks in its own region, not in an employer's. Returns the differences.
	 */
	List<String> recomputeInstitutions(Long institutionId) {
		return recomputeInstitutions(institutionId, this.definitions.inForce());
	}

	private List<String> recomputeInstitutions(Long institutionId, List<IndicatorDefinition> definitions) {
		boolean counted = definitions.stream().anyMatch(d -> MembershipRules.DIAGNOSIS_INSTITUTIONS.equals(d.population()));
		List<String> differences = this.transactions.execute(status -> {
			this.store.lockInstitutions();
			this.cache.invalidate();
			List<MembershipStore.InstitutionRow> rows = new ArrayList<>();
			if (counted) {
				for (var clocks : this.facts.institutionClocks(institutionId)) {
					for (MembershipRules.Row row : MembershipRules.institutionRows(clocks.due(), clocks.metOnTime(),
							definitions)) {
						rows.add(new MembershipStore.InstitutionRow(clocks.institutionId(), clocks.creditCode(),
								clocks.name(), clocks.regionCode(), row));
					}
				}
			}
			return this.store.replaceInstitutions(institutionId, rows, this.clock.instant());
		});
		return differences == null ? List.of() : differences;
	}

	/** Recomputes a batch of employers in one transaction (the rebuild); returns the differences it made. */
	private List<String> recompute(List<Long> employerIds, String cause, List<IndicatorDefinition> definitions) {
		List<String> differences = this.transactions.execute(
				status -> writeLocked(employerIds, definitions, id -> cause));
		return differences == null ? List.of() : differences;
	}

	/**
	 * In the caller's transaction: locks the employers, reads their facts as one batch ({@link FactReader#readAll}),
	 * drops the figures cache and replaces each employer's rows (removes those of an employer the register no longer
	 * has); returns the differences.
	 */
	private List<String> writeLocked(List<Long> employerIds, List<IndicatorDefinition> definitions,
			LongFunction<String> cause) {
		this.store.lock(employerIds);
		Map<Long, EmployerFacts> read = this.facts.readAll(employerIds);
		this.cache.invalidate();
		Instant now = this.clock.instant();
		List<String> lines = new ArrayList<>();
		for (long id : employerIds) {
			EmployerFacts f = read.get(id);
			lines.addAll(f != null ? this.store.replace(f, MembershipRules.rows(f, definitions), cause.apply(id), now)
					: this.store.remove(id));
		}
		return lines;
	}

	/** Recomputes every employer of the register and removes the rows of employers it no longer has. */
	RebuildReport rebuild(String startedBy) {
		Instant started = this.clock.instant();
		long runId = this.jdbc.sql("""
				insert into indicators.rebuild_run (started_at, started_by) values (:at, :by) returning id""")
			.param("at", java.sql.Timestamp.from(started))
			.param("by", startedBy)
			.query(Long.class)
			.single();
		List<IndicatorDefinition> definitions = this.definitions.inForce();
		List<Long> ids = new ArrayList<>();
		this.transactions.executeWithoutResult(status -> this.employers.forEachDuties(SYSTEM, d -> ids.add(d.id())));
		Set<Long> seen = new HashSet<>(ids);
		List<String> sample = new ArrayList<>();
		int differences = 0;
		ids.sort(null);
		for (int from = 0; from < ids.size(); from += BATCH) {
			List<String> lines = recompute(ids.subList(from, Math.min(ids.size(), from + BATCH)), "REBUILD " + runId,
					definitions);
			differences += lines.size();
			lines.stream().limit(Math.max(0, SAMPLE - sample.size())).forEach(sample::add);
		}
		for (long id : this.store.knownEmployers()) {
			if (!seen.contains(id)) {
				List<String> lines = this.transactions.execute(status -> {
					this.store.lock(id);
					this.cache.invalidate();
					return this.store.remove(id);
				});
				differences += lines.size();
				lines.stream().limit(Math.max(0, SAMPLE - sample.size())).forEach(sample::add);
			}
		}
		List<String> institutionLines = recomputeInstitutions(null, definitions);
		differences += institutionLines.size();
		institutionLines.stream().limit(Math.max(0, SAMPLE - sample.size())).forEach(sample::add);
		int rows = this.jdbc.sql("select count(*) from indicators.membership").query(Integer.class).single();
		Instant finished = this.clock.instant();
		this.jdbc.sql("""
				update indicators.rebuild_run set finished_at = :at, employers = :employers, rows_written = :rows,
				    differences = :differences, sample = cast(:sample as jsonb) where id = :id""")
			.param("at", java.sql.Timestamp.from(finished))
			.param("employers", ids.size())
			.param("rows", rows)
			.param("differences", differences)
			.param("sample", json(sample))
			.param("id", runId)
			.update();
		log.info("Indicator read models rebuilt: {} employers, {} rows, {} differences in {} ms", ids.size(), rows,
				differences, java.time.Duration.between(started, finished).toMillis());
		return new RebuildReport(runId, started, finished, ids.size(), rows, differences, sample);
	}

	Optional<RebuildReport> lastRebuild() {
		return this.jdbc.sql("""
				select id, started_at, finished_at, employers, rows_written, differences, sample::text
				from indicators.rebuild_run where finished_at is not null order by id desc limit 1""")
			.query((rs, i) -> new RebuildReport(rs.getLong(1), rs.getTimestamp(2).toInstant(),
					rs.getTimestamp(3).toInstant(), rs.getInt(4), rs.getInt(5), rs.getInt(6), parse(rs.getString(7))))
			.optional();
	}

	private static String json(List<String> lines) {
		return JSON.writeValueAsString(lines);
	}

	private static List<String> parse(String json) {
		return List.of(JSON.readValue(json, String[].class));
	}

}
