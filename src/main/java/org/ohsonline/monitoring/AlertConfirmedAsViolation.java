package org.ohsonline.monitoring;

import java.time.Instant;

/**
 * An inspector confirmed an alert as a violation (e.g. over-limit exposure, 职业病防治法 Art. 72); the
 * enforcement module opens a case from it.
 */
public record AlertConfirmedAsViolation(long alertId, AlertKind kind, long employerId, String employerCreditCode,
		String regionCode, long postId, String hazardCode, double observed, double limit, String unit,
		Instant firstAt, Instant lastAt, String inspector, String note, Instant confirmedAt) {
}
