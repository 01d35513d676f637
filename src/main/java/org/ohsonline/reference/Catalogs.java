package org.ohsonline.reference;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

/** Generic access to every catalog and its versions. */
public interface Catalogs {

	/** A catalog known to the platform. */
	record Catalog(String code, String nameZh, String nameEn, String description) {
	}

	List<Catalog> catalogs();

	/** One catalog by its code. */
	Optional<Catalog> catalog(String code);

	/** One version by its id, whichever catalog it belongs to. */
	Optional<CatalogVersion> version(long versionId);

	List<CatalogVersion> versions(String catalogCode);

	/** The version in force on a date: the latest effective on or before it. */
	Optional<CatalogVersion> versionInForce(String catalogCode, LocalDate date);

	/** Entries of the version in force today whose code starts with the prefix, by code. */
	List<CatalogEntry> entriesInForce(String catalogCode, String codePrefix, int limit);

	/**
	 * Entries of one version whose code starts with, or whose name contains, the text (ignoring
	 * case; blank matches all), by code, one page at a time.
	 */
	Page<CatalogEntry> entries(long versionId, String text, PageQuery page);

	/** Every entry of one version that {@link #entries(long, String, PageQuery)} would page through. */
	List<CatalogEntry> allEntries(long versionId, String text);

	/** Entry counts per level and names still to verify, for one version. */
	CatalogStatistics statistics(long versionId);

}
