package org.ohsonline.projects;

/** What the supervisory verification of a completion acceptance found. */
public enum VerificationOutcome {

	/** 符合要求 */
	CONFORMING,
	/** 不符合要求（发现问题） */
	NONCONFORMING

}
