package org.ohsonline.promotion;

/** Where a healthy-enterprise application stands. */
@io.swagger.v3.oas.annotations.media.Schema(name = "HealthyApplicationStatus")
public enum ApplicationStatus {

	/** The employer is filling its self-evaluation and attaching evidence. */
	DRAFT,
	/** Submitted; waiting for the expert panel's on-site review. */
	SUBMITTED,
	/** Reviewed and scored; waiting for the authority's decision. */
	REVIEWED,
	/** Listed as a healthy enterprise of its year. */
	APPROVED,
	/** Not listed. */
	REJECTED

}
