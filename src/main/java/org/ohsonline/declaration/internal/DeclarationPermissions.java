package org.ohsonline.declaration.internal;

/** The permissions this module checks. */
final class DeclarationPermissions {

	static final String READ = "declaration:declaration:read";

	static final String WRITE = "declaration:declaration:write";

	static final String REVIEW = "declaration:declaration:review";

	static final String CLOCK_WRITE = "declaration:clock:write";

	private DeclarationPermissions() {
	}

}
