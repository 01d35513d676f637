package org.ohsonline.registry.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.reference.RiskDirectory;
import org.ohsonline.reference.SeverityAnswers;
import org.ohsonline.registry.EmployerSeveritiesRecomputed;
import org.ohsonline.registry.SeverityRecomputations;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.ScopeFilter;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes every employer's severity against the directory in force, in batches of
 * {@value #BATCH} employers each in its own transaction, deriving in memory (one directory, and one
 * derivation per distinct industry, sites and answers): a province of 300,000 employers is a few
 * hundred statements, not a query per employer. The run is recorded with each employer whose class or
 * open questions changed, the employers' timelines say so, the run is audited, and
 * {@link EmployerSeveritiesRecomputed} lets the testing clocks follow. One run at a time across
 * instances (ShedLock {@code severity-recomputation}).
 */
@Service
class SeverityRecomputation implements SeverityRecomputations {

	static final int BATCH = 1000;

	private static final Logger log = LoggerFactory.getLogger(SeverityRecomputation.class);

	private final SeverityRunStore store;

	private final EmployerStore employers;

	private final Derivations derivations;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final LockingTaskExecutor locks;

	private final Clock clock;

	SeverityRecomputation(SeverityRunStore store, EmployerStore employers, Derivations derivations, AuditTrail audit,
			ApplicationEventPublisher events, TransactionTemplate transactions, LockProvider locks, Clock clock) {
		this.store = store;
		this.employers = employers;
		this.derivations = derivations;
		this.audit = audit;
		this.events = events;
		// Each batch commits on its own, also when a listener's transaction is open around the run.
		this.transactions = new TransactionTemplate(Objects.requireNonNull(transactions.getTransactionManager()));
		this.transactions.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.locks = new DefaultLockingTaskExecutor(locks);
		this.clock = clock;
	}

	/**
	 * Recomputes when the register was last derived from another directory version than the one in
	 * force (or never recorded as derived). Returns the run, empty when nothing was stale or another
	 * instance holds the lock.
	 */
	Optional<Run> recomputeIfStale(String trigger) {
		RiskDirectory directory = this.derivations.directory();
		if (directory.versionId() == null || directory.versionId().equals(this.store.lastDoneVersion().orElse(null))) {
			return Optional.empty();
		}
		// Checked again under the lock: another instance may have just done it.
		return locked(() -> directory.versionId().equals(this.store.lastDoneVersion().orElse(null)) ? null
				: recompute(trigger, Actor.system("severity-recomputation")));
	}

	/** Recomputes every employer now, whatever was done before. */
	Run recompute(String trigger, Actor actor) {
		RiskDirectory directory = this.derivations.directory();
		long started = System.nanoTime();
		Instant at = this.clock.instant();
		long runId = Objects.requireNonNull(
				this.transactions.execute(status -> this.store.start(trigger, actor.username(), directory, at)));
		SeverityRunStore.Counts counts = new SeverityRunStore.Counts();
		Map<String, Derivations.Derived> derived = new HashMap<>();
		try {
			long after = 0;
			while (after >= 0) {
				long from = after;
				Long last = this.transactions.execute(status -> batch(runId, directory, from, derived, counts));
				after = last == null ? -1 : last;
			}
		}
		catch (RuntimeException ex) {
			this.transactions.executeWithoutResult(status -> this.store.finish(runId, "FAILED", counts,
					this.clock.instant(), (System.nanoTime() - started) / 1_000_000));
			throw ex;
		}
		long millis = (System.nanoTime() - started) / 1_000_000;
		this.employers.invalidateCounts();
		this.transactions.executeWithoutResult(status -> {
			this.store.finish(runId, "DONE", counts, this.clock.instant(), millis);
			Map<String, Object> result = new java.util.LinkedHashMap<>();
			result.put("trigger", trigger);
			result.put("catalogEdition", directory.edition());
			result.put("catalogVersionId", directory.versionId());
			result.put("examined", counts.examined);
			result.put("changed", counts.changed);
			result.put("questionsChanged", counts.questionsChanged);
			result.put("basisOnly", counts.basisOnly);
			result.put("pending", counts.pending);
			this.audit.record(actor, "registry.severity.recomputed", AuditTarget.of("severity-run", runId, ""), null,
					result);
			if (counts.changed > 0) {
				this.events.publishEvent(new EmployerSeveritiesRecomputed(runId, directory.edition(), counts.changed));
			}
		});
		log.info("Severity recomputation {} ({}): {} employers examined, {} changed class, {} changed questions, {} basis"
				+ " only, {} pending an answer, in {} ms ({} distinct derivations)", runId, directory.edition(),
				counts.examined, counts.changed, counts.questionsChanged, counts.basisOnly, counts.pending, millis,
				derived.size());
		return this.store.run(runId).orElseThrow();
	}

	/** One batch: derive, write what changed, record it. Returns the last id read, {@code -1} at the end. */
	private long batch(long runId, RiskDirectory directory, long after, Map<String, Derivations.Derived> cache,
			SeverityRunStore.Counts counts) {
		List<SeverityRunStore.Current> rows = this.store.batch(after, BATCH);
		if (rows.isEmpty()) {
			return -1;
		}
		Batch batch = compare(rows, directory, cache, counts);
		int[] written = batch.rows().isEmpty() ? new int[0] : this.store.update(batch.rows(), batch.derived());
		Map<Long, Change> listed = new HashMap<>();
		batch.changes().forEach(c -> listed.put(c.employerId(), c));
		List<Change> recorded = new ArrayList<>();
		for (int i = 0; i < written.length; i++) {
			Change change = listed.get(batch.rows().get(i).id());
			if (written[i] == 1 && change != null) {
				recorded.add(change);
			}
		}
		this.store.insertChanges(runId, recorded);
		this.store.history(recorded, directory.edition(), this.clock.instant());
		return rows.get(rows.size() - 1).id();
	}

	/** What a batch rewrites: the rows whose derived columns differ, their derivation, and the changes to list. */
	record Batch(List<SeverityRunStore.Current> rows, List<Derivations.Derived> derived, List<Change> changes) {
	}

	/**
	 * Pure: derives each employer from the directory and compares with what is stored. A changed class
	 * or changed open questions are listed; a changed basis alone (the edition named in it) is only
	 * rewritten.
	 */
	static Batch compare(List<SeverityRunStore.Current> rows, RiskDirectory directory,
			Map<String, Derivations.Derived> cache, SeverityRunStore.Counts counts) {
		List<SeverityRunStore.Current> rewrite = new ArrayList<>();
		List<Derivations.Derived> derived = new ArrayList<>();
		List<Change> changes = new ArrayList<>();
		for (SeverityRunStore.Current row : rows) {
			counts.examined++;
			Derivations.Derived now = cache.computeIfAbsent(key(row),
					k -> Derivations.severity(directory, row.industryCode(), row.siteIndustries(), row.answers()));
			if (!now.questions().isEmpty()) {
				counts.pending++;
			}
			boolean classChanged = row.severity() != now.severity();
			boolean questionsChanged = !row.questions().equals(now.questions());
			if (!classChanged && !questionsChanged && Objects.equals(row.basis(), now.basis())) {
				continue;
			}
			rewrite.add(row);
			derived.add(now);
			if (classChanged) {
				counts.changed++;
			}
			else if (questionsChanged) {
				counts.questionsChanged++;
			}
			else {
				counts.basisOnly++;
				continue;
			}
			changes.add(new Change(row.id(), row.creditCode(), row.name(), row.regionCode(), row.industryCode(),
					row.severity(), now.severity(), row.questions(), now.questions(), row.basis(), now.basis()));
		}
		return new Batch(rewrite, derived, changes);
	}

	private static String key(SeverityRunStore.Current row) {
		SeverityAnswers answers = row.answers();
		return row.industryCode() + '|' + String.join(",", row.siteIndustries()) + '|'
				+ String.join(",", answers.activities().stream().sorted().toList()) + '|' + answers.solventUse();
	}

	@Override
	public Optional<Run> recompute(Actor actor) {
		actor.require(READ);
		return locked(() -> recompute("requested", actor));
	}

	private Optional<Run> locked(java.util.function.Supplier<Run> run) {
		Run[] done = new Run[1];
		this.locks.executeWithLock((Runnable) () -> done[0] = run.get(),
				new LockConfiguration(this.clock.instant(), "severity-recomputation", Duration.ofHours(2), Duration.ZERO));
		return Optional.ofNullable(done[0]);
	}

	@Override
	public List<Run> runs(Actor actor) {
		actor.require(READ);
		return this.store.runs();
	}

	@Override
	public Optional<Run> run(Actor actor, long id) {
		actor.require(READ);
		return this.store.run(id);
	}

	@Override
	public Page<Change> changes(Actor actor, long runId, PageQuery page) {
		actor.require(READ);
		ScopeFilter scope = ScopeFilter.of(actor);
		return Page.of(this.store.changes(scope, runId, page), this.store.countChanges(scope, runId), page);
	}

	@Override
	public void forEachChange(Actor actor, long runId, Consumer<Change> consumer) {
		actor.require(READ);
		this.store.forEachChange(ScopeFilter.of(actor), runId, consumer);
	}

}
