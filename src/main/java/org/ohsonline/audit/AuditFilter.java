package org.ohsonline.audit;

import java.time.LocalDate;

/**
 * Filters for browsing the trail; all optional. The region is narrowed to the actor's scope.
 */
public record AuditFilter(String region, String actor, String action, String targetType, String targetId,
		LocalDate from, LocalDate to) {

	public static AuditFilter none() {
		return new AuditFilter(null, null, null, null, null, null, null);
	}

}
