package org.ohsonline.declaration;

import java.time.LocalDate;

/**
 * Filters of the declaration list; all optional.
 *
 * @param q part of the employer's name, the start of its credit code, or the declaration number
 * @param region a region prefix inside the actor's scope
 * @param status a {@link DeclarationStatus} name
 * @param kind a {@link DeclarationKind} name
 * @param from submitted (or, for drafts, created) on or after
 * @param to submitted (or created) on or before
 * @param employerId one employer
 * @param sort {@code number}, {@code employer}, {@code submitted}, {@code status} or {@code exposed}; a
 * leading {@code -} sorts descending; newest first by default
 */
public record DeclarationFilter(String q, String region, String status, String kind, LocalDate from, LocalDate to,
		Long employerId, String sort) {

	public static DeclarationFilter none() {
		return new DeclarationFilter(null, null, null, null, null, null, null, null);
	}

	public static DeclarationFilter ofEmployer(long employerId) {
		return new DeclarationFilter(null, null, null, null, null, null, employerId, null);
	}

}
