package org.ohsonline.enforcement;

/**
 * Filters of the case list; all optional.
 *
 * @param q the start of the action code, or part of the employer's name
 * @param region a region prefix inside the actor's scope
 * @param state {@code open} (not closed), {@code closed}, {@code overdue} (decision due and not decided), {@code deviated}
 */
public record CaseFilter(String q, String region, String state) {

	public static CaseFilter none() {
		return new CaseFilter(null, null, null);
	}

}
