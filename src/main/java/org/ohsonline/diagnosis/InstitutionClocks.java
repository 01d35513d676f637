package org.ohsonline.diagnosis;

/**
 * One diagnosis institution's statutory duties (the diagnosis and certificate clocks, {@link ClockKind#duty()}) whose
 * due day fell in a period, and those of them met on or before it. Counted for the institution, in the institution's
 * own region: the clocks are its duties, not the worker's employer's.
 *
 * @param institutionId the institution (agency id)
 * @param regionCode the institution's own region
 * @param due duty clocks due in the period
 * @param metOnTime of them, met on or before their due day
 */
public record InstitutionClocks(long institutionId, String creditCode, String name, String regionCode, int due,
		int metOnTime) {
}
