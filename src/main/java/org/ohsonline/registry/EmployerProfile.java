package org.ohsonline.registry;

import java.time.LocalDate;

/**
 * The employer's own part of {@link EmployerExposure}: its duties, industry and day of registration, read in one
 * statement without counting its workforce — what a read model needs when only the employer's fields changed.
 */
public record EmployerProfile(EmployerDuties duties, String industryCode, LocalDate registeredOn) {
}
