package org.ohsonline.registry;

import java.time.Instant;

import org.ohsonline.reference.Severity;
import org.ohsonline.reference.SizeClass;

/**
 * An employer as pages and the API show it; phone numbers masked.
 *
 * @param severityBasis how the severity was derived (directory entry, edition, source)
 */
public record EmployerView(long id, String creditCode, String name, String regionCode, String address,
		String industryCode, String economicTypeCode, int employees, Long annualRevenue, SizeClass sizeClass,
		String legalRepresentative, String ohManagerName, String ohManagerPhoneMasked, String contactPhoneMasked,
		EmployerStatus status, Severity severity, String severityBasis, boolean synthetic, Instant createdAt,
		Instant updatedAt) {
}
