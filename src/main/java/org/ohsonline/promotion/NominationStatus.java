package org.ohsonline.promotion;

/** Where a health-champion nomination stands. */
public enum NominationStatus {

	/** Nominated; reviewers score it until a supervisor decides. */
	NOMINATED,
	/** A health champion of its year. */
	APPROVED,
	/** Not approved. */
	REJECTED

}
