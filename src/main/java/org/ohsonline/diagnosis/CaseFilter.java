package org.ohsonline.diagnosis;

/**
 * Filters of the case list; all optional.
 *
 * @param q the start of the case number, or part of the employer's or institution's name
 * @param region a region prefix inside the actor's scope
 * @param status a {@link CaseStatus} name
 * @param workerId one worker
 * @param employerId one employer
 * @param sort {@code appliedOn} (default, newest first), {@code number} or {@code status}; a
 * leading {@code -} reverses
 */
public record CaseFilter(String q, String region, String status, Long workerId, Long employerId, String sort) {

	public static CaseFilter none() {
		return new CaseFilter(null, null, null, null, null, null);
	}

}
