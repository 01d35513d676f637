package org.ohsonline.monitoring;

/** A monitoring device was retired: it no longer measures anything. */
public record DeviceRetired(long deviceId, String deviceCode, long employerId, String regionCode) {
}
