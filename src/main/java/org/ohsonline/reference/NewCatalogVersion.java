package org.ohsonline.reference;

import java.time.LocalDate;
import java.util.List;

/**
 * A catalog version to load: its provenance and all its entries (a version is always complete,
 * never a patch of the previous one).
 */
public record NewCatalogVersion(String catalogCode, String edition, LocalDate effectiveFrom, String source,
		String notes, List<CatalogEntry> entries) {

	public NewCatalogVersion {
		entries = List.copyOf(entries);
	}

}
