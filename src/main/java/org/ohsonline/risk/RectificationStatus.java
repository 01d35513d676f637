package org.ohsonline.risk;

/**
 * A rectification item's state: open → answered by the employer → released by a supervisor's approval,
 * or returned with reasons (the employer answers again).
 */
public enum RectificationStatus {

	OPEN, ANSWERED, RETURNED, RELEASED;

	/** Whether the employer may answer now. */
	public boolean answerable() {
		return this == OPEN || this == RETURNED;
	}

	/** The state after the employer answers. */
	public RectificationStatus answer() {
		if (!answerable()) {
			throw new IllegalStateException("cannot answer an item that is " + this);
		}
		return ANSWERED;
	}

	/** The state after a supervisor approves ({@code true}) or returns it. */
	public RectificationStatus review(boolean approve) {
		if (this != ANSWERED) {
			throw new IllegalStateException("cannot review an item that is " + this);
		}
		return approve ? RELEASED : RETURNED;
	}

}
