package org.ohsonline.registry.imports;

import java.time.Instant;
import java.util.List;

/**
 * An import as its owner sees it: where checking or applying stands and what came of it.
 *
 * @param problemCode why reading or applying failed (a message code), or {@code null}
 */
public record ImportJob(long id, ImportKind kind, String filename, Status status, int total, int processed,
		int accepted, int rejected, String problemCode, List<String> problemArguments, Instant createdAt,
		Instant finishedAt) {

	public enum Status {

		/** Rows are being read and checked in the background. */
		CHECKING,
		/** Every row was checked; nothing is in the register until the owner applies. */
		READY,
		/** The valid rows are being written, all in one transaction. */
		APPLYING,
		APPLIED, DISCARDED,
		/** The file could not be read, or applying failed and wrote nothing. */
		FAILED

	}

	public ImportJob {
		problemArguments = problemArguments == null ? List.of() : List.copyOf(problemArguments);
	}

	public boolean running() {
		return this.status == Status.CHECKING || this.status == Status.APPLYING;
	}

	public boolean applicable() {
		return this.status == Status.READY && this.accepted > 0;
	}

	public boolean discardable() {
		return this.status == Status.READY || this.status == Status.FAILED;
	}

	/** Progress of the running step in percent. */
	public int percent() {
		return this.total == 0 ? 0 : (int) Math.min(100, 100L * this.processed / this.total);
	}

}
