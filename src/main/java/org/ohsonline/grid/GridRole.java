package org.ohsonline.grid;

/** What a person assigned to a grid does there (分片包干): the responsible inspector or a grid assistant (网格员). */
public enum GridRole {

	/** 责任执法人员: holds the built-in role INSPECTOR. */
	INSPECTOR("INSPECTOR"),
	/** 网格员: holds the built-in role GRID_ASSISTANT. */
	ASSISTANT("GRID_ASSISTANT");

	private final String userRole;

	GridRole(String userRole) {
		this.userRole = userRole;
	}

	/** The built-in user role a person needs to be assigned in this capacity. */
	public String userRole() {
		return this.userRole;
	}

}
