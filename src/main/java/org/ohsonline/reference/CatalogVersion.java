package org.ohsonline.reference;

import java.time.Instant;
import java.time.LocalDate;

/** A loaded version of a catalog and its provenance. */
public record CatalogVersion(long id, String catalogCode, String edition, LocalDate effectiveFrom, String source,
		String loadedBy, Instant loadedAt, int entryCount, String notes) {
}
