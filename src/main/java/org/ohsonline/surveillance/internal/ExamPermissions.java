package org.ohsonline.surveillance.internal;

/** The permissions the exam part of this module checks. */
public final class ExamPermissions {

	public static final String READ = "surveillance:exam:read";

	public static final String WRITE = "surveillance:exam:write";

	public static final String DUE_WRITE = "surveillance:due:write";

	public static final String TASK_WRITE = "surveillance:task:write";

	public static final String EXCHANGE_EXPORT = "surveillance:exchange:export";

	public static final String EXCHANGE_IMPORT = "surveillance:exchange:import";

	private ExamPermissions() {
	}

}
