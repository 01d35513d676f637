package org.ohsonline.registry.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import jakarta.annotation.PreDestroy;

import org.ohsonline.registry.Employers;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.Masking;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.PiiCipher;
import org.ohsonline.shared.Scope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports of employers and workers: upload → every row checked in the background with the
 * services' own rules → the owner applies all valid rows in one transaction, or discards. Nothing
 * reaches the register before the owner confirms. Jobs belong to their owner; for anyone else
 * they do not exist. Public only for this module's web layer.
 */
@Service
public class ImportJobs {

	static final String IMPORT = "registry:import:write";

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	private static final int BATCH = 500;


	/** Separates cells in the stored row; no spreadsheet cell holds it. */
	private static final String SEPARATOR = "\u001F";

	private final ImportStore store;

	private final Employers employers;

	private final Workers workers;

	private final PiiCipher cipher;

	private final MessageSource messages;

	private final TransactionTemplate transactions;

	private final Clock clock;

	/** One import at a time: the machine has two cores and the pages must stay quick meanwhile. */
	private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "registry-import");
		thread.setDaemon(true);
		return thread;
	});

	/** Rows written so far by a running apply, whose transaction others cannot see into. */
	private final Map<Long, Integer> applied = new ConcurrentHashMap<>();

	/** Jobs this instance is checking or applying now: it beats on them so others know it lives. */
	private final Set<Long> running = ConcurrentHashMap.newKeySet();

	ImportJobs(ImportStore store, Employers employers, Workers workers, PiiCipher cipher, MessageSource messages,
			TransactionTemplate transactions, Clock clock) {
		this.store = store;
		this.employers = employers;
		this.workers = workers;
		this.cipher = cipher;
		this.messages = messages;
		this.transactions = transactions;
		this.clock = clock;
	}

	@PreDestroy
	void stop() {
		this.executor.shutdownNow();
	}

	/**
	 * Keeps the upload in a temporary file and starts checking it; returns the job's id at once.
	 * Reasons are written in {@code locale}, the uploader's language.
	 */
	public long start(Actor actor, ImportKind kind, String filename, InputStream content, Locale locale)
			throws IOException {
		requireFor(actor, kind);
		Path file = Files.createTempFile("ohs-import-", ".upload");
		Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
		String name = filename == null || filename.isBlank() ? "upload" : Path.of(filename).getFileName().toString();
		long id = this.store.create(kind, actor.userId(), actor.username(), name, Instant.now(this.clock));
		this.running.add(id);
		this.executor.submit(() -> check(actor, kind, id, file, locale));
		return id;
	}

	public ImportJob job(Actor actor, long id) {
		actor.require(IMPORT);
		ImportJob job = this.store.find(id, actor.userId()).orElseThrow(() -> new NotFoundException("import", id));
		Integer written = this.applied.get(id);
		if (job.status() == ImportJob.Status.APPLYING && written != null) {
			return new ImportJob(job.id(), job.kind(), job.filename(), job.status(), job.accepted(), written,
					job.accepted(), job.rejected(), null, List.of(), job.createdAt(), null);
		}
		return job;
	}

	public List<ImportJob> recent(Actor actor) {
		actor.require(IMPORT);
		return this.store.recent(actor.userId(), 20);
	}

	/** Rejected rows after {@code afterRow}, identity numbers masked. */
	public List<RejectedRow> rejected(Actor actor, long id, int afterRow, int limit) {
		ImportJob job = job(actor, id);
		return this.store.rejectedAfter(id, afterRow, limit).stream().map(r -> rejectedRow(job.kind(), r)).toList();
	}

	public void forEachRejected(Actor actor, long id, Consumer<RejectedRow> consumer) {
		ImportJob job = job(actor, id);
		this.store.forEachRejected(id, r -> consumer.accept(rejectedRow(job.kind(), r)));
	}

	/**
	 * Starts writing every accepted row in one transaction; fails as a whole if any row fails,
	 * with the reason in {@code locale}.
	 */
	public void apply(Actor actor, long id, Locale locale) {
		ImportJob job = job(actor, id);
		requireFor(actor, job.kind());
		if (!job.applicable() || !this.store.transition(id, ImportJob.Status.READY, ImportJob.Status.APPLYING)) {
			throw InvalidInputException.of(null, "registry.import.notApplicable");
		}
		this.applied.put(id, 0);
		this.running.add(id);
		this.executor.submit(() -> applyRows(actor, job, locale));
	}

	public void discard(Actor actor, long id) {
		ImportJob job = job(actor, id);
		if (!job.discardable()) {
			throw InvalidInputException.of(null, "registry.import.notDiscardable");
		}
		this.transactions.executeWithoutResult(status -> {
			if (this.store.transition(id, job.status(), ImportJob.Status.DISCARDED)) {
				this.store.deleteRows(id);
			}
		});
	}

	/** Tells other instances that this one is still at work on its jobs ({@link ImportRecovery}). */
	@Scheduled(initialDelayString = "PT10S", fixedDelayString = "PT10S")
	void heartbeat() {
		try {
			this.store.heartbeat(List.copyOf(this.running));
		}
		catch (RuntimeException ex) {
			log.warn("Import heartbeat failed: {}", ex.getMessage());
		}
	}

	private void requireFor(Actor actor, ImportKind kind) {
		actor.require(IMPORT);
		if (kind == ImportKind.EMPLOYERS) {
			actor.require("registry:employer:write");
			if (actor.scope().kind() != Scope.Kind.REGION) {
				throw new AccessDeniedException("importing employers needs a regional scope");
			}
		}
		else {
			actor.require("registry:worker:write");
		}
	}

	private RowHandler handler(Actor actor, ImportKind kind) {
		return kind == ImportKind.EMPLOYERS ? new EmployerRows(actor, this.employers)
				: new WorkerRows(actor, this.employers, this.workers);
	}

	private void check(Actor actor, ImportKind kind, long id, Path file, Locale locale) {
		try {
			if (TableReader.isLegacyExcel(file)) {
				this.store.finish(id, ImportJob.Status.FAILED, "registry.import.legacyExcel", List.of());
				return;
			}
			this.store.total(id, count(file));
			RowHandler handler = handler(actor, kind);
			try (TableReader reader = TableReader.open(file)) {
				TableReader.TableRow header = reader.next();
				if (header == null || !kind.accepts(header(header.cells()))) {
					this.store.finish(id, ImportJob.Status.FAILED, "registry.import.badHeader",
							List.of(String.join(", ", kind.header())));
					return;
				}
				Set<String> seen = new HashSet<>();
				List<Object[]> batch = new ArrayList<>();
				int processed = 0;
				int accepted = 0;
				TableReader.TableRow row;
				while ((row = reader.next()) != null) {
					List<String> reasons = reasons(handler, kind, row.cells(), seen, locale);
					batch.add(new Object[] { row.number(), this.cipher.encrypt(String.join(SEPARATOR, row.cells())),
							reasons.isEmpty(), reasons.toArray(String[]::new) });
					processed++;
					accepted += reasons.isEmpty() ? 1 : 0;
					if (batch.size() == BATCH) {
						this.store.insertRows(id, batch);
						batch.clear();
						this.store.progress(id, processed, accepted, processed - accepted);
					}
				}
				this.store.insertRows(id, batch);
				this.store.progress(id, processed, accepted, processed - accepted);
			}
			this.store.finish(id, ImportJob.Status.READY, null, List.of());
		}
		catch (Exception ex) {
			// The uploader's file is at fault far more often than the server; the log keeps the detail.
			log.warn("Import {} could not be read", id, ex);
			this.store.finish(id, ImportJob.Status.FAILED, "registry.import.unreadable",
					List.of(ex.getClass().getSimpleName()));
		}
		finally {
			this.running.remove(id);
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				log.warn("Could not delete the upload of import {}", id, ex);
			}
		}
	}

	private List<String> reasons(RowHandler handler, ImportKind kind, List<String> cells, Set<String> seen,
			Locale locale) {
		List<FieldError> errors = new ArrayList<>();
		try {
			errors.addAll(handler.check(cells));
		}
		catch (NotFoundException | AccessDeniedException ex) {
			errors.add(FieldError.of(null, "registry.import.outsideScope"));
		}
		String key = duplicateKey(kind, cells);
		if (key != null && !seen.add(key)) {
			errors.add(FieldError.of(null, "registry.import.duplicateRow"));
		}
		return errors.stream().map(e -> reason(handler, kind, e, locale)).toList();
	}

	/** Two rows of one file that would register the same employer, or hire the same person twice at one. */
	private String duplicateKey(ImportKind kind, List<String> cells) {
		String first = RowHandler.cell(cells, 0).toUpperCase();
		if (first.isEmpty()) {
			return null;
		}
		return kind == ImportKind.EMPLOYERS ? first
				: this.cipher.blindIndex(first) + "|" + RowHandler.cell(cells, 3).toUpperCase();
	}

	private String reason(RowHandler handler, ImportKind kind, FieldError error, Locale locale) {
		String message = this.messages.getMessage(error.code(), error.arguments().toArray(), error.code(), locale);
		Integer column = error.field() == null ? null : handler.columns().get(error.field());
		return column == null ? message : kind.header().get(column) + "：" + message;
	}

	private void applyRows(Actor actor, ImportJob job, Locale locale) {
		long id = job.id();
		try {
			this.transactions.executeWithoutResult(status -> {
				RowHandler handler = handler(actor, job.kind());
				int after = 0;
				int written = 0;
				List<ImportStore.StoredRow> page;
				do {
					page = this.store.acceptedAfter(id, after, BATCH);
					for (ImportStore.StoredRow row : page) {
						applyRow(handler, job.kind(), row, locale);
						written++;
						after = row.rowNo();
					}
					this.applied.put(id, written);
				}
				while (page.size() == BATCH);
				if (!this.store.transition(id, ImportJob.Status.APPLYING, ImportJob.Status.APPLIED)) {
					// Taken for interrupted (this instance stopped beating for too long): roll back.
					throw new IllegalStateException("Import " + id + " is no longer being applied here");
				}
			});
		}
		catch (RowFailed ex) {
			this.store.finish(id, ImportJob.Status.FAILED, "registry.import.applyFailed",
					List.of(String.valueOf(ex.rowNo), ex.reason));
		}
		catch (RuntimeException ex) {
			log.warn("Applying import {} failed; nothing was written", id, ex);
			this.store.finish(id, ImportJob.Status.FAILED, "registry.import.applyError",
					List.of(ex.getClass().getSimpleName()));
		}
		finally {
			this.applied.remove(id);
			this.running.remove(id);
		}
	}

	private void applyRow(RowHandler handler, ImportKind kind, ImportStore.StoredRow row, Locale locale) {
		try {
			handler.apply(cells(row.data()));
		}
		catch (InvalidInputException ex) {
			throw new RowFailed(row.rowNo(), String.join("; ",
					ex.errors().stream().map(e -> reason(handler, kind, e, locale)).toList()));
		}
		catch (NotFoundException | AccessDeniedException ex) {
			throw new RowFailed(row.rowNo(), this.messages.getMessage("registry.import.outsideScope", null, locale));
		}
	}

	/** A row that no longer passes: the whole apply rolls back. */
	private static final class RowFailed extends RuntimeException {

		private final int rowNo;

		private final String reason;

		RowFailed(int rowNo, String reason) {
			super("Row " + rowNo + " failed", null, false, false);
			this.rowNo = rowNo;
			this.reason = reason;
		}

	}

	private RejectedRow rejectedRow(ImportKind kind, ImportStore.StoredRow row) {
		List<String> cells = new ArrayList<>(cells(row.data()));
		int identity = kind.identityColumn();
		if (identity >= 0 && identity < cells.size()) {
			cells.set(identity, Masking.idNumber(cells.get(identity)));
		}
		return new RejectedRow(row.rowNo(), cells, row.errors());
	}

	private List<String> cells(String data) {
		return Arrays.asList(this.cipher.decrypt(data).split(SEPARATOR, -1));
	}

	private static List<String> header(List<String> cells) {
		List<String> header = new ArrayList<>(cells.stream().map(String::trim).toList());
		while (!header.isEmpty() && header.get(header.size() - 1).isEmpty()) {
			header.remove(header.size() - 1);
		}
		return header;
	}

	/** Data rows, for the progress bar: one cheap pass before the checking pass. */
	private static int count(Path file) throws Exception {
		int rows = 0;
		try (TableReader reader = TableReader.open(file)) {
			while (reader.next() != null) {
				rows++;
			}
		}
		return Math.max(0, rows - 1);
	}

}
