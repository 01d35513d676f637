package org.ohsonline.enforcement;

/** What a case candidate in the inspector's queue is: a monitoring alert confirmed as a violation, or a rectification item past its deadline. */
public enum CandidateKind {

	/** A monitoring alert confirmed as a violation (非现场执法, module monitoring). */
	ALERT,
	/** A rectification item past its deadline (逾期未整改, module risk). */
	RECTIFICATION

}
