package org.ohsonline.agency.internal;

/** The permissions this module checks (granted by iam migrations V5, V16, V25 and V29). */
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

	static final String QUALITY_READ = "agency:quality:read";

	static final String QUALITY_DRAW = "agency:quality:draw";

	static final String QUALITY_REVIEW = "agency:quality:review";

	static final String QUALITY_ANSWER = "agency:quality:answer";

	static final String COMPLAINT_WRITE = "agency:complaint:write";

	private AgencyPermissions() {
	}

}
