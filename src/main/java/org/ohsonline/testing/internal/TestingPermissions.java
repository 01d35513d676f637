package org.ohsonline.testing.internal;

/** The permissions this module checks (granted by iam migration V8). */
final class TestingPermissions {

	static final String READ = "testing:job:read";

	static final String WRITE = "testing:job:write";

	static final String REVIEW = "testing:job:review";

	private TestingPermissions() {
	}

}
