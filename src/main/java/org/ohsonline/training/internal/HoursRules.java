package org.ohsonline.training.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.ohsonline.reference.CatalogEntry;
import org.ohsonline.reference.CatalogVersion;
import org.ohsonline.reference.Catalogs;
import org.ohsonline.training.Audience;

import org.springframework.stereotype.Component;

/**
 * The required-hours rule ({@code training-hours} catalog, reference/training-hours-2018.csv): per audience
 * the hours of a first training and the months a certificate stays valid. A course keeps the version it was
 * made under, so a later rule changes neither it nor its certificates.
 */
@Component
class HoursRules {

	static final String CATALOG = "training-hours";

	private final Catalogs catalogs;

	HoursRules(Catalogs catalogs) {
		this.catalogs = catalogs;
	}

	/** The rule of an audience in a version of the catalog. */
	record Rule(long versionId, String edition, BigDecimal initialHours, int validityMonths) {
	}

	Rule inForce(Audience audience, LocalDate day) {
		CatalogVersion version = this.catalogs.versionInForce(CATALOG, day)
			.orElseThrow(() -> new IllegalStateException("No version of " + CATALOG + " is in force on " + day));
		return of(version, audience);
	}

	Rule of(long versionId, Audience audience) {
		return of(this.catalogs.version(versionId).orElseThrow(), audience);
	}

	private Rule of(CatalogVersion version, Audience audience) {
		CatalogEntry entry = this.catalogs.allEntries(version.id(), "")
			.stream()
			.filter(e -> e.code().equals(audience.name()))
			.findFirst()
			.orElse(null);
		if (entry == null) {
			return new Rule(version.id(), version.edition(), BigDecimal.ZERO, 0);
		}
		return new Rule(version.id(), version.edition(), new BigDecimal(number(entry, "initialHours")),
				(int) Double.parseDouble(number(entry, "validityMonths")));
	}

	private static String number(CatalogEntry entry, String attribute) {
		Object value = entry.attributes().get(attribute);
		return value == null || String.valueOf(value).isBlank() ? "0" : String.valueOf(value).trim();
	}

}
