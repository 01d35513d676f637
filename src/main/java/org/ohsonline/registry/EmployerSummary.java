package org.ohsonline.registry;

import org.ohsonline.reference.Severity;
import org.ohsonline.reference.SizeClass;

/** A row of the employer list. */
public record EmployerSummary(long id, String creditCode, String name, String regionCode, String industryCode,
		int employees, SizeClass sizeClass, Severity severity, EmployerStatus status) {
}
