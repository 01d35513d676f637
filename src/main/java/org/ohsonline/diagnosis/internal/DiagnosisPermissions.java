package org.ohsonline.diagnosis.internal;

/** The permissions this module checks (rows of iam V11). */
final class DiagnosisPermissions {

	static final String READ = "diagnosis:case:read";

	static final String APPLY = "diagnosis:case:apply";

	static final String DIAGNOSE = "diagnosis:case:diagnose";

	static final String APPRAISAL_REQUEST = "diagnosis:appraisal:request";

	static final String APPRAISAL_DECIDE = "diagnosis:appraisal:decide";

	static final String REHAB_READ = "diagnosis:rehab:read";

	static final String REHAB_WRITE = "diagnosis:rehab:write";

	static final String STATION_WRITE = "diagnosis:station:write";

	private DiagnosisPermissions() {
	}

}
