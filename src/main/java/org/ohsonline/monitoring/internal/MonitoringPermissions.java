package org.ohsonline.monitoring.internal;

/** The permissions this module checks (seeded by iam migration V6). */
final class MonitoringPermissions {

	static final String DEVICE_READ = "monitoring:device:read";

	static final String DEVICE_WRITE = "monitoring:device:write";

	static final String READING_READ = "monitoring:reading:read";

	static final String ALERT_READ = "monitoring:alert:read";

	static final String ALERT_ACKNOWLEDGE = "monitoring:alert:acknowledge";

	static final String ALERT_VERIFY = "monitoring:alert:verify";

	private MonitoringPermissions() {
	}

}
