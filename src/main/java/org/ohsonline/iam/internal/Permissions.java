package org.ohsonline.iam.internal;

/** The permissions this module checks. */
final class Permissions {

	static final String USER_READ = "iam:user:read";

	static final String USER_WRITE = "iam:user:write";

	static final String ROLE_READ = "iam:role:read";

	static final String ROLE_WRITE = "iam:role:write";

	static final String TOKEN_WRITE = "iam:token:write";

	private Permissions() {
	}

}
