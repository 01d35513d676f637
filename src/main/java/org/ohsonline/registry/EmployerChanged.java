package org.ohsonline.registry;

import java.time.LocalDate;
import java.util.Set;

/**
 * Registered facts of an employer changed; {@code fields} names them (e.g. {@code name},
 * {@code legalRepresentative}, {@code address}, {@code sites}), so the declaration module can start
 * its 15-day change clock.
 */
public record EmployerChanged(long employerId, String regionCode, Set<String> fields, LocalDate changedOn) {
}
