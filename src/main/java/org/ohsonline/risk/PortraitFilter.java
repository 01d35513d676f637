package org.ohsonline.risk;

/**
 * Filters of the class list; all optional.
 *
 * @param q part of the employer's name or the start of its credit code
 * @param region a region prefix inside the actor's scope
 * @param sort {@code class} (highest risk first, the default), {@code name}, {@code assessed}, {@code due};
 * a leading {@code -} reverses
 */
public record PortraitFilter(String q, String region, RiskClass riskClass, Light light, HazardLevel hazardLevel,
		ManagementGrade grade, Boolean overridden, String sort) {

	public static PortraitFilter none() {
		return new PortraitFilter(null, null, null, null, null, null, null, null);
	}

}
