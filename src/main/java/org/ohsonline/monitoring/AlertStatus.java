package org.ohsonline.monitoring;

/**
 * An alert's lifecycle: raised → acknowledged by the employer with an explanation → verifying (an
 * inspector took the verification task) → closed as explained, or confirmed as a violation.
 * An alert not acknowledged in time is escalated (a flag, not a status: it still waits for the
 * employer, and inspectors may verify it without the explanation).
 */
public enum AlertStatus {

	RAISED, ACKNOWLEDGED, VERIFYING, CLOSED, CONFIRMED;

	public boolean open() {
		return this == RAISED || this == ACKNOWLEDGED || this == VERIFYING;
	}

}
