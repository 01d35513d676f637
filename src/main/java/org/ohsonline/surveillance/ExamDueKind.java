package org.ohsonline.surveillance;

/** Why an exam is due. */
public enum ExamDueKind {

	/** Placed on a hazardous post without a pre-placement exam: due before the work starts. */
	PRE_PLACEMENT,
	/** The next in-service exam: the last exam plus the rule's interval. */
	PERIODIC,
	/** A recheck the institution asked for (复查). */
	RECHECK,
	/** The exit exam of a worker who left (or leaves) a hazardous post. */
	EXIT

}
