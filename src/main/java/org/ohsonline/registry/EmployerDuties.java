package org.ohsonline.registry;

import java.time.LocalDate;

import org.ohsonline.reference.Severity;

/**
 * What the clocks of an employer's duties count from (the initial hazard declaration, the first
 * workplace testing): whether it has a post with a hazard factor, and the day its duties run from —
 * the start of production when the register knows it, else the day it was registered.
 *
 * @param hazardous at least one of its posts has a hazard factor (职业病危害因素)
 * @param dutiesSince the start of production (投产日期), or the day of registration when that is unknown
 * @param productionStartKnown whether {@code dutiesSince} is the start of production
 */
public record EmployerDuties(long id, String creditCode, String name, String regionCode, Severity severity,
		EmployerStatus status, boolean hazardous, LocalDate dutiesSince, boolean productionStartKnown) {
}
