package org.ohsonline.risk;

/**
 * Filters of the rectification list; all optional.
 *
 * @param region a region prefix inside the actor's scope
 * @param state {@code open} (not released, the default), {@code overdue}, {@code answered} (awaiting review),
 * {@code released} or {@code all}
 * @param kind a finding kind
 */
public record RectificationFilter(String q, String region, String state, String kind, Long employerId) {

	public static RectificationFilter openOf(long employerId) {
		return new RectificationFilter(null, null, "open", null, employerId);
	}

}
