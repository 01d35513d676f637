package org.ohsonline.promotion.consultation;

/**
 * Where a request stands: waiting for an expert of its field and region ({@code QUEUED}), with an expert
 * ({@code ASSIGNED}), answered, and rated by the asker. The transitions are the type's own.
 */
public enum ConsultationStatus {

	QUEUED, ASSIGNED, ANSWERED, RATED;

	/** The status after an expert is assigned; only a queued request takes one. */
	public ConsultationStatus assign() {
		if (this != QUEUED) {
			throw new IllegalStateException("A " + this + " request is not waiting for an expert");
		}
		return ASSIGNED;
	}

	/** The status after the assigned expert answers; answered once. */
	public ConsultationStatus answer() {
		if (this != ASSIGNED) {
			throw new IllegalStateException("A " + this + " request cannot be answered");
		}
		return ANSWERED;
	}

	/** The status after the asker rates the answer; rated once, and only an answer. */
	public ConsultationStatus rate() {
		if (this != ANSWERED) {
			throw new IllegalStateException("A " + this + " request cannot be rated");
		}
		return RATED;
	}

	/** Whether the service clock still runs: no answer yet. */
	public boolean waiting() {
		return this == QUEUED || this == ASSIGNED;
	}

}
