package org.ohsonline.declaration;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A row of the declaration list.
 *
 * @param totalExposed the workers exposed, each counted once; {@code null} for declarations made before
 * the platform asked for it
 */
public record DeclarationSummary(long id, String number, long employerId, String creditCode, String employerName,
		String regionCode, DeclarationKind kind, DeclarationStatus status, int factorCount, Integer totalExposed,
		Instant createdAt, Instant submittedAt, LocalDate acceptedOn) {
}
