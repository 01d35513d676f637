package org.ohsonline.reference;

import java.time.LocalDate;

/**
 * A new catalog version was loaded; it is in force from {@code effectiveFrom}. Modules that cache
 * catalog content refresh on it.
 */
public record CatalogVersionActivated(String catalogCode, long versionId, String edition, LocalDate effectiveFrom) {
}
