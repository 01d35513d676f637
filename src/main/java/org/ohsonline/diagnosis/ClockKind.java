package org.ohsonline.diagnosis;

/**
 * The statutory clocks of a case, each a step of the {@code diagnosis-deadlines} catalog. The
 * diagnosis and the certificate are duties of the institution (a missed one is overdue); the
 * appraisal and re-appraisal are windows of the parties (an unused one lapses and the outcome
 * becomes final).
 */
public enum ClockKind {

	DIAGNOSIS(true), CERTIFICATE(true), APPRAISAL(false), REAPPRAISAL(false);

	private final boolean duty;

	ClockKind(boolean duty) {
		this.duty = duty;
	}

	public boolean duty() {
		return this.duty;
	}

}
