package org.ohsonline.registry;

/**
 * Filters of the employer list; all optional.
 *
 * @param q part of the name, or the start of the credit code
 * @param region a region prefix inside the actor's scope
 * @param industry a GB/T 4754 code prefix (section letters are not codes of employers: use divisions)
 * @param size a {@link org.ohsonline.reference.SizeClass} name
 * @param severity a {@link org.ohsonline.reference.Severity} name
 * @param status an {@link EmployerStatus} name
 * @param sort {@code name}, {@code region}, {@code industry}, {@code employees} or {@code updated};
 * a leading {@code -} sorts descending
 */
public record EmployerFilter(String q, String region, String industry, String size, String severity, String status,
		String sort) {

	public static EmployerFilter none() {
		return new EmployerFilter(null, null, null, null, null, null, null);
	}

}
