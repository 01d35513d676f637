package org.ohsonline.grid.internal;

/** The grid module's permissions (iam migration V33). */
public final class GridPermissions {

	/** The grids of the jurisdiction. */
	public static final String READ = "grid:grid:read";

	/** Only the grids one is assigned to (a grid assistant's whole view). */
	public static final String ASSIGNED_READ = "grid:assigned:read";

	public static final String WRITE = "grid:grid:write";

	/** Everyone's appraisal sheets in the jurisdiction. */
	public static final String APPRAISAL_READ = "grid:appraisal:read";

	private GridPermissions() {
	}

}
