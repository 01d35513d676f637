package org.ohsonline.reference.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.ohsonline.reference.CatalogEntry;
import org.ohsonline.reference.CatalogVersion;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Entries of the version of a catalog in force on a date, for the facades built on one catalog
 * (hazard factors, OELs, severities, size thresholds). Today is the default date.
 */
@Component
class EntriesInForce {

	private final JdbcClient jdbc;

	private final CatalogStore catalogs;

	private final Clock clock;

	EntriesInForce(JdbcClient jdbc, CatalogStore catalogs, Clock clock) {
		this.jdbc = jdbc;
		this.catalogs = catalogs;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** The version in force, from {@link CatalogStore}'s cache (dropped whenever a version is activated). */
	Optional<CatalogVersion> version(String catalog, LocalDate date) {
		return this.catalogs.versionInForce(catalog, date);
	}

	/** The first version of a catalog by effective date, if any was loaded. */
	Optional<CatalogVersion> earliest(String catalog) {
		return this.jdbc.sql("select * from reference.catalog_version where catalog_code = :code"
				+ " order by effective_from, id limit 1")
			.param("code", catalog)
			.query(CatalogStore::version)
			.optional();
	}

	Optional<CatalogEntry> entry(CatalogVersion version, String code) {
		return this.jdbc.sql("""
				select code, name, parent_code, level, attributes::text from reference.catalog_entry
				where version_id = :version and code = :code""")
			.param("version", version.id())
			.param("code", code)
			.query(CatalogStore::entry)
			.optional();
	}

	/** The entries whose code is one of {@code codes}, in no particular order. */
	List<CatalogEntry> entries(CatalogVersion version, List<String> codes) {
		if (codes.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select code, name, parent_code, level, attributes::text from reference.catalog_entry
				where version_id = :version and code in (:codes)""")
			.param("version", version.id())
			.param("codes", codes)
			.query(CatalogStore::entry)
			.list();
	}

	/** Every entry of the version, by code. */
	List<CatalogEntry> all(CatalogVersion version) {
		return this.jdbc.sql("""
				select code, name, parent_code, level, attributes::text from reference.catalog_entry
				where version_id = :version order by code""")
			.param("version", version.id())
			.query(CatalogStore::entry)
			.list();
	}

	/** The entries whose code, or whose text attribute {@code attribute}, equals {@code value}, by code. */
	List<CatalogEntry> byCodeOrAttribute(CatalogVersion version, String attribute, String value) {
		return this.jdbc.sql("""
				select code, name, parent_code, level, attributes::text from reference.catalog_entry
				where version_id = :version and (code = :value or attributes ->> :attribute = :value)
				order by code""")
			.param("version", version.id())
			.param("attribute", attribute)
			.param("value", value)
			.query(CatalogStore::entry)
			.list();
	}

	/**
	 * The section (门类) of a numeric GB/T 4754-2017 code, from its division's parent in the
	 * industries catalog in force on the date; empty for a section code or an unknown division.
	 */
	Optional<String> sectionOf(String industryCode, LocalDate date) {
		String code = industryCode == null ? "" : industryCode.trim();
		if (code.length() < 2 || !code.chars().allMatch(Character::isDigit)) {
			return Optional.empty();
		}
		return version(CatalogStore.INDUSTRIES, date).flatMap(industries -> entry(industries, code.substring(0, 2)))
			.map(CatalogEntry::parentCode);
	}

	/** Whether an attribute holds {@code true}, as a JSON boolean or as text. */
	static boolean isTrue(CatalogEntry entry, String attribute) {
		Object value = entry.attributes().get(attribute);
		return Boolean.TRUE.equals(value) || "true".equalsIgnoreCase(String.valueOf(value));
	}

	/** A text attribute, {@code null} when absent or blank. */
	static String text(CatalogEntry entry, String attribute) {
		Object value = entry.attributes().get(attribute);
		if (value == null || String.valueOf(value).isBlank()) {
			return null;
		}
		return String.valueOf(value).trim();
	}

}
