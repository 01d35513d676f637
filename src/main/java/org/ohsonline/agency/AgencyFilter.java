package org.ohsonline.agency;

/**
 * Filters of the agency list; all optional.
 *
 * @param q part of the name, or the start of the credit code or certificate number
 * @param region a region prefix inside the actor's scope
 * @param kind an {@link AgencyKind} name
 * @param status an {@link AgencyStatus} name
 * @param qualification a {@link QualificationState} name, on the day of the query
 * @param service a {@link JobType} or {@link ExamType} name the scope must cover
 * @param sort {@code name}, {@code region}, {@code kind} or {@code validTo}; a leading {@code -}
 * sorts descending
 */
public record AgencyFilter(String q, String region, String kind, String status, String qualification, String service,
		String sort) {

	public static AgencyFilter none() {
		return new AgencyFilter(null, null, null, null, null, null, null);
	}

}
