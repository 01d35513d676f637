package org.ohsonline.indicators.internal;

/** The module's permissions (iam migrations V32 and V34). */
public final class IndicatorPermissions {

	public static final String FIGURE_READ = "indicators:figure:read";

	public static final String TARGET_WRITE = "indicators:target:write";

	public static final String IMPORT_WRITE = "indicators:import:write";

	public static final String READMODEL_WRITE = "indicators:readmodel:write";

	public static final String SNAPSHOT_WRITE = "indicators:snapshot:write";

	public static final String BULLETIN_WRITE = "indicators:bulletin:write";

	private IndicatorPermissions() {
	}

}
