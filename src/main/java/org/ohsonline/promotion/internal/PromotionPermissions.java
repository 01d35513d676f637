package org.ohsonline.promotion.internal;

/** The permissions of healthy and model enterprises (iam migration V24). */
public final class PromotionPermissions {

	public static final String HEALTHY_READ = "promotion:healthy:read";

	public static final String HEALTHY_APPLY = "promotion:healthy:apply";

	public static final String HEALTHY_REVIEW = "promotion:healthy:review";

	public static final String HEALTHY_DECIDE = "promotion:healthy:decide";

	public static final String MODEL_WRITE = "promotion:model:write";

	private PromotionPermissions() {
	}

}
