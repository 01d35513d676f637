package org.ohsonline.agency;

/**
 * What a credit rating is computed from, each a value 0-100 from data the platform holds; the weights,
 * which are required and which kind of organisation each applies to come from the versioned
 * {@code agency-rating-rules} catalog (the report-quality, complaint and penalty indicators from its second
 * edition, decision 0034).
 */
public enum RatingIndicator {

	/** 100 when the organisation is active and its qualification valid on the day, else 0. */
	QUALIFICATION,

	/** The share of active staff with a professional certificate number, in per cent. */
	STAFF,

	/** The share of testing jobs of the window reviewed within the report period after the last sampling day. */
	ON_TIME,

	/** The employers' mean evaluation of the window on a 0-100 scale: (mean − 1) / 4 × 100. */
	CLIENT,

	/** The share of exam days of the window on which the exams stayed within the declared daily capacity. */
	CAPACITY,

	/** The mean rubric score of the organisation's sampled reports reviewed in the window. */
	QUALITY,

	/** The share of sampled testing reports of the window whose conclusions the platform's recomputation confirms. */
	RECOMPUTATION,

	/** 100 less COMPLAINT_POINTS per verified complaint received in the window, not below 0. */
	COMPLAINTS,

	/** 100 less PENALTY_POINTS per administrative penalty decided in the window, not below 0 (Arts. 79-80). */
	PENALTIES

}
