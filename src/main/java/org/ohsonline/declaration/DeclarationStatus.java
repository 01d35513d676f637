package org.ohsonline.declaration;

/**
 * Where a declaration stands: a draft the employer edits, submitted for review, returned with
 * reasons (the employer corrects and resubmits), or accepted (final; a receipt is issued).
 */
public enum DeclarationStatus {

	DRAFT, SUBMITTED, RETURNED, ACCEPTED;

	/** Whether the employer may still change it. */
	public boolean editable() {
		return this == DRAFT || this == RETURNED;
	}

}
