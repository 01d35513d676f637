package org.ohsonline.registry;

/** An employer entered the register (starts, e.g., the 2-month risk assessment clock). */
public record EmployerRegistered(long employerId, String creditCode, String regionCode, String industryCode) {
}
