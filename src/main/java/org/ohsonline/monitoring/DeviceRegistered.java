package org.ohsonline.monitoring;

/** A monitoring device was registered at a post of an employer (it measures once it sends readings). */
public record DeviceRegistered(long deviceId, String deviceCode, long employerId, String regionCode) {
}
