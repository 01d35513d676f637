package org.ohsonline.promotion;

/** What the applications list is filtered by; every field optional. */
public record ApplicationFilter(String region, Integer year, ApplicationStatus status, String q) {

	public static ApplicationFilter none() {
		return new ApplicationFilter(null, null, null, null);
	}

}
