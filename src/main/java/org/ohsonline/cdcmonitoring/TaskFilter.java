package org.ohsonline.cdcmonitoring;

/**
 * Filters of the task list, all optional.
 *
 * @param open only tasks with surveys still missing
 */
public record TaskFilter(String region, Integer year, boolean open) {

	public static TaskFilter none() {
		return new TaskFilter(null, null, false);
	}

}
