package org.ohsonline.agency;

import java.time.LocalDate;

/**
 * An employer engaging an agency or institution. The employer is named by its unified social
 * credit code (public, printed on its licence), so that agency staff, who cannot browse the
 * register, record their clients without guessing record ids.
 */
public record EngagementCommand(String employerCreditCode, ServiceType serviceType, LocalDate startsOn,
		LocalDate endsOn) {
}
