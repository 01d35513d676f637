package org.ohsonline.reference;

import java.time.LocalDate;
import java.util.List;

/**
 * A catalog version to load: its provenance and all its entries (a version is always complete,
 * never a patch of the previous one).
 *
 * @param rows for each entry, the row of the uploaded file it came from, so that rejections name
 * the row a person sees in the file; empty when the entries did not come from a file (then the
 * position in {@code entries}, counted from 1, is used)
 */
public record NewCatalogVersion(String catalogCode, String edition, LocalDate effectiveFrom, String source,
		String notes, List<CatalogEntry> entries, List<Integer> rows) {

	public NewCatalogVersion {
		entries = List.copyOf(entries);
		rows = rows == null ? List.of() : List.copyOf(rows);
		if (!rows.isEmpty() && rows.size() != entries.size()) {
			throw new IllegalArgumentException("One row number per entry, or none");
		}
	}

	/** A version whose entries are numbered by their position. */
	public NewCatalogVersion(String catalogCode, String edition, LocalDate effectiveFrom, String source, String notes,
			List<CatalogEntry> entries) {
		this(catalogCode, edition, effectiveFrom, source, notes, entries, List.of());
	}

	/** The row an entry is reported under: its file row, or its position counted from 1. */
	public int rowOf(int index) {
		return this.rows.isEmpty() ? index + 1 : this.rows.get(index);
	}

}
