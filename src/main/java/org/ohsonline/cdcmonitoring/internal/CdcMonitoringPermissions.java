package org.ohsonline.cdcmonitoring.internal;

/** The module's permissions (iam migration V30). */
public final class CdcMonitoringPermissions {

	public static final String PROJECT_READ = "cdcmonitoring:project:read";

	public static final String PROJECT_WRITE = "cdcmonitoring:project:write";

	public static final String SURVEY_WRITE = "cdcmonitoring:survey:write";

	public static final String QC_WRITE = "cdcmonitoring:qc:write";

	private CdcMonitoringPermissions() {
	}

}
