package org.ohsonline.risk.internal;

/** The permissions of the risk module (iam migration V18). */
public final class RiskPermissions {

	public static final String PORTRAIT_READ = "risk:portrait:read";

	public static final String CLASS_OVERRIDE = "risk:class:override";

	public static final String SELF_INSPECTION_WRITE = "risk:self-inspection:write";

	public static final String SELF_INSPECTION_CHECK = "risk:self-inspection:check";

	public static final String RECTIFICATION_READ = "risk:rectification:read";

	public static final String RECTIFICATION_WRITE = "risk:rectification:write";

	public static final String RECTIFICATION_REVIEW = "risk:rectification:review";

	public static final String DASHBOARD_READ = "risk:dashboard:read";

	private RiskPermissions() {
	}

}
