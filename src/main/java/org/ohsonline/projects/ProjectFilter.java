package org.ohsonline.projects;

import org.ohsonline.reference.Severity;

/**
 * What a project list is narrowed to.
 *
 * @param q part of the project's or employer's name, or the employer's credit code
 * @param region a region within the reader's scope
 * @param stage the current stage; {@code DONE} for completed projects (a text, so one field serves both)
 * @param hazardClass 严重 or 一般
 * @param overdue only projects whose current stage is overdue
 */
public record ProjectFilter(String q, String region, String stage, Severity hazardClass, boolean overdue) {

	public static ProjectFilter none() {
		return new ProjectFilter(null, null, null, null, false);
	}

	public static ProjectFilter overdueOnly() {
		return new ProjectFilter(null, null, null, null, true);
	}

}
