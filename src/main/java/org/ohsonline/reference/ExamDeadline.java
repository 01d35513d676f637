package org.ohsonline.reference;

/**
 * The periods of the {@code exam-rules} catalog that the consequences of an exam count with (entry
 * code {@code D-<name>}, attribute {@code days}). Every version of the catalog must carry all of
 * them.
 */
public enum ExamDeadline {

	/** Days from a 疑似职业病 conclusion to the report to the health authority. */
	SUSPECTED_REPORT,
	/** Days from a 职业禁忌证 conclusion to the worker's transfer off the contraindicated work. */
	JOB_TRANSFER,
	/** Days to a recheck when the institution names no date. */
	RECHECK,
	/** Days before leaving within which the exit exam takes place. */
	EXIT_WINDOW,
	/** An in-service exam this many days before leaving counts as the exit exam. */
	EXIT_CREDIT,
	/** Days from the placement on a hazardous post by which a pre-placement exam is due (0: before it). */
	PRE_PLACEMENT;

	/** The catalog entry's code. */
	public String entryCode() {
		return "D-" + name();
	}

}
