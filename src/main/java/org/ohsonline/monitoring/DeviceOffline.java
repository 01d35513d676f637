package org.ohsonline.monitoring;

import java.time.Instant;

/** A device sent nothing for the configured number of its sampling intervals. */
public record DeviceOffline(long deviceId, String deviceCode, long employerId, String regionCode,
		Instant lastMeasuredAt, Instant detectedAt) {
}
