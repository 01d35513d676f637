package org.ohsonline.enforcement;

/**
 * Filters of the plan list; all optional.
 *
 * @param q part of the title or the public code
 * @param region a region prefix inside the actor's scope
 * @param sort {@code created} (newest first, the default), {@code title}, {@code starts}; a leading {@code -} reverses
 */
public record PlanFilter(String q, String region, PlanStatus status, String sort) {

	public static PlanFilter none() {
		return new PlanFilter(null, null, null, null);
	}

}
