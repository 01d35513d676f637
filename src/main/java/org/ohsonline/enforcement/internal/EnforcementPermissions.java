package org.ohsonline.enforcement.internal;

/** The permissions of the enforcement module (iam migration V19). */
public final class EnforcementPermissions {

	public static final String PLAN_READ = "enforcement:plan:read";

	public static final String PLAN_WRITE = "enforcement:plan:write";

	public static final String INSPECTION_READ = "enforcement:inspection:read";

	public static final String INSPECTION_WRITE = "enforcement:inspection:write";

	/** The built-in role whose holders in a plan's region form its inspector pool. */
	static final String INSPECTOR_ROLE = "INSPECTOR";

	private EnforcementPermissions() {
	}

}
