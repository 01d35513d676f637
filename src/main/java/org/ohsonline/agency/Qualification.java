package org.ohsonline.agency;

/**
 * The answer to "may this agency or institution do this work on this day", with the reason when it
 * may not (testing refuses a job, surveillance a booking, and both can say why).
 */
public record Qualification(boolean qualified, Reason reason) {

	public enum Reason {

		QUALIFIED, UNKNOWN_AGENCY, WRONG_KIND, NOT_ACTIVE, NOT_YET_VALID, EXPIRED, JOB_TYPE_OUTSIDE_SCOPE,
		EXAM_TYPE_OUTSIDE_SCOPE, HAZARD_OUTSIDE_SCOPE

	}

	public static Qualification yes() {
		return new Qualification(true, Reason.QUALIFIED);
	}

	public static Qualification no(Reason reason) {
		return new Qualification(false, reason);
	}

}
