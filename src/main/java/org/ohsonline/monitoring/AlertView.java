package org.ohsonline.monitoring;

import java.time.Instant;

/**
 * An alert as pages and the API show it.
 *
 * @param observed the highest value seen while the alert was open (in {@code unit})
 * @param limit the limit it exceeded
 * @param occurrences how many evaluations found the exceedance while the alert was open
 */
public record AlertView(long id, AlertKind kind, AlertStatus status, long deviceId, String deviceCode,
		String hazardCode, String hazardName, long employerId, String employerName, String regionCode, long postId,
		String postName, double observed, double limit, String unit, Instant firstAt, Instant lastAt, int occurrences,
		Instant raisedAt, Instant acknowledgeDue, Instant escalatedAt, Instant acknowledgedAt, String acknowledgedBy,
		String explanation, String inspector, Instant verificationStartedAt, Instant resolvedAt,
		String resolutionNote) {

	public boolean escalated() {
		return this.escalatedAt != null;
	}

	/** Whether an inspector may take it for verification: explained, or escalated without an answer. */
	public boolean awaitingVerification() {
		return this.status == AlertStatus.ACKNOWLEDGED || (this.status == AlertStatus.RAISED && escalated());
	}

}
