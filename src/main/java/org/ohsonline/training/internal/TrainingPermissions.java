package org.ohsonline.training.internal;

/** The permissions of the training module (iam migration V21). */
public final class TrainingPermissions {

	public static final String COURSE_READ = "training:course:read";

	public static final String COURSE_WRITE = "training:course:write";

	public static final String LEARN = "training:course:learn";

	public static final String ENROLMENT_READ = "training:enrolment:read";

	public static final String ENROLMENT_WRITE = "training:enrolment:write";

	public static final String PEOPLE_WRITE = "training:people:write";

	public static final String RATE_READ = "training:rate:read";

	private TrainingPermissions() {
	}

}
