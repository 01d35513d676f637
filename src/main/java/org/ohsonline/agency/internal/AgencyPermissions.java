package org.ohsonline.agency.internal;

/** The permissions this module checks (granted by iam migration V5). */
final class AgencyPermissions {

	static final String READ = "agency:agency:read";

	static final String WRITE = "agency:agency:write";

	static final String STAFF_WRITE = "agency:staff:write";

	static final String ENGAGEMENT_WRITE = "agency:engagement:write";

	static final String ENGAGEMENT_ACCEPT = "agency:engagement:accept";

	static final String READ_ENGAGEMENTS = "agency:engagement:read";

	private AgencyPermissions() {
	}

}
