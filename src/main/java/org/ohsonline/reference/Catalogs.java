package org.ohsonline.reference;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Generic access to every catalog and its versions. */
public interface Catalogs {

	/** A catalog known to the platform. */
	record Catalog(String code, String nameZh, String nameEn, String description) {
	}

	List<Catalog> catalogs();

	List<CatalogVersion> versions(String catalogCode);

	/** The version in force on a date: the latest effective on or before it. */
	Optional<CatalogVersion> versionInForce(String catalogCode, LocalDate date);

	/** Entries of the version in force today whose code starts with the prefix, by code. */
	List<CatalogEntry> entriesInForce(String catalogCode, String codePrefix, int limit);

}
