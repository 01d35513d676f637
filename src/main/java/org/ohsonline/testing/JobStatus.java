package org.ohsonline.testing;

/**
 * Where a testing job stands: drafted by the agency, submitted for its technical review, reviewed
 * (the results are final; the report is made from them), or returned to the author with a reason.
 */
public enum JobStatus {

	DRAFT, SUBMITTED, REVIEWED, RETURNED;

	/** Whether the plan and the results may still change. */
	public boolean editable() {
		return this == DRAFT || this == RETURNED;
	}

}
