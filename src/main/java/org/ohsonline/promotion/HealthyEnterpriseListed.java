package org.ohsonline.promotion;

/**
 * An employer was listed as a healthy enterprise of a year (the authority approved its application). The
 * risk module's downgrade rule {@code HEALTHY_ENTERPRISE} reads the listing through
 * {@link HealthyEnterprises#isListed}.
 */
public record HealthyEnterpriseListed(long applicationId, long employerId, String creditCode, String regionCode,
		int year) {
}
