package org.ohsonline.monitoring;

import java.time.Instant;

/**
 * An exceedance was found and a new alert raised (a repeat of an open alert raises nothing).
 *
 * @param receivedAt when the reading that raised it reached the platform
 */
public record ExposureAlertRaised(long alertId, AlertKind kind, long deviceId, long employerId, String regionCode,
		long postId, String hazardCode, double observed, double limit, String unit, Instant receivedAt,
		Instant raisedAt) {
}
