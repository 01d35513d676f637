package org.ohsonline.monitoring;

/** A device token just issued: the secret is shown exactly once and stored only as a hash. */
public record IssuedDeviceToken(DeviceView device, String secret) {
}
