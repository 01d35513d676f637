package org.ohsonline.declaration;

import java.time.Instant;
import java.time.LocalDate;

/** A row of the declaration list. */
public record DeclarationSummary(long id, String number, long employerId, String creditCode, String employerName,
		String regionCode, DeclarationKind kind, DeclarationStatus status, int factorCount, int totalExposed,
		Instant createdAt, Instant submittedAt, LocalDate acceptedOn) {
}
