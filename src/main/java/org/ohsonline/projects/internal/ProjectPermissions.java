package org.ohsonline.projects.internal;

/** The permissions of construction projects (iam migration V26). */
public final class ProjectPermissions {

	public static final String READ = "projects:project:read";

	public static final String WRITE = "projects:project:write";

	public static final String DRAW = "projects:verification:draw";

	public static final String VERIFY = "projects:verification:write";

	private ProjectPermissions() {
	}

}
