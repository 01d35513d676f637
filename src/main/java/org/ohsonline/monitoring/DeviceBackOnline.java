package org.ohsonline.monitoring;

import java.time.Instant;

/**
 * A device sent its first reading, or its first since it was reported offline ({@link DeviceOffline}): it measures
 * (again). Announced once per return, not with every reading.
 */
public record DeviceBackOnline(long deviceId, String deviceCode, long employerId, String regionCode,
		Instant measuredAt) {
}
