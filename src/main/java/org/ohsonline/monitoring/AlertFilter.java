package org.ohsonline.monitoring;

/**
 * Filters of the alert queue; {@code null} means any.
 *
 * @param region a region prefix inside the actor's scope
 * @param status one status, or {@code null}
 * @param queue {@code verification} for alerts awaiting an inspector, {@code mine} for those an
 * inspector took, {@code null} for all
 */
public record AlertFilter(String region, AlertStatus status, AlertKind kind, Long employerId, String queue) {

	public static AlertFilter all() {
		return new AlertFilter(null, null, null, null, null);
	}

}
