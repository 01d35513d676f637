package org.ohsonline.agency.internal;

/** The permissions this module checks (granted by iam migrations V5, V16 and V25). */
final class AgencyPermissions {

	static final String READ = "agency:agency:read";

	static final String WRITE = "agency:agency:write";

	static final String STAFF_WRITE = "agency:staff:write";

	static final String ENGAGEMENT_WRITE = "agency:engagement:write";

	static final String ENGAGEMENT_ACCEPT = "agency:engagement:accept";

	static final String READ_ENGAGEMENTS = "agency:engagement:read";

	static final String RATING_READ = "agency:rating:read";

	static final String RATING_ADJUST = "agency:rating:adjust";

	static final String EVALUATION_READ = "agency:evaluation:read";

	static final String EVALUATION_WRITE = "agency:evaluation:write";

	static final String BLACKLIST_READ = "agency:blacklist:read";

	static final String BLACKLIST_WRITE = "agency:blacklist:write";

	private AgencyPermissions() {
	}

}
