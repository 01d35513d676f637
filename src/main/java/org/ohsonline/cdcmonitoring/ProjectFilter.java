package org.ohsonline.cdcmonitoring;

/** Filters of the project list, all optional: name text, a region inside the reader's scope, year, kind. */
public record ProjectFilter(String q, String region, Integer year, MonitoringKind kind) {

	public static ProjectFilter none() {
		return new ProjectFilter(null, null, null, null);
	}

}
