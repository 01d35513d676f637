package org.ohsonline.radiation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ohsonline.reference.CatalogEntry;
import org.ohsonline.reference.CatalogVersion;
import org.ohsonline.reference.Catalogs;

import org.springframework.stereotype.Component;

/**
 * The dose limits, investigation and recording levels in force on a day (catalog {@code radiation-dose-limits},
 * reference/radiation-dose-limits-2019.csv: GB 18871-2002 附录 B and GBZ 128-2019, every bundled value flagged
 * unverified). A record keeps the version it was checked under.
 */
@Component
class DoseLimits {

	static final String CATALOG = "radiation-dose-limits";

	private final Catalogs catalogs;

	DoseLimits(Catalogs catalogs) {
		this.catalogs = catalogs;
	}

	/** The values of one version (mSv; {@code belowDetectionShare} a fraction, {@code entryDays} days). */
	record Limits(long versionId, String edition, BigDecimal annualMax, BigDecimal fiveYearAverage, BigDecimal lensAnnual,
			BigDecimal skinAnnual, BigDecimal investigationPeriod, BigDecimal recordingPeriod, BigDecimal belowDetectionShare,
			int entryDays) {

		/** What five consecutive years may sum to: five times the average. */
		BigDecimal fiveYearSum() {
			return this.fiveYearAverage.multiply(BigDecimal.valueOf(5));
		}

		/** Values of a table, for unit tests and the catalog reader alike. */
		static Limits of(long versionId, String edition, Map<String, BigDecimal> values) {
			return new Limits(versionId, edition, required(values, "EFFECTIVE_ANNUAL_MAX"),
					required(values, "EFFECTIVE_FIVE_YEAR_AVERAGE"), required(values, "LENS_ANNUAL"),
					required(values, "SKIN_ANNUAL"), required(values, "INVESTIGATION_PERIOD"),
					values.getOrDefault("RECORDING_PERIOD", BigDecimal.ZERO),
					values.getOrDefault("BELOW_DETECTION_SHARE", new BigDecimal("0.5")),
					values.getOrDefault("ENTRY_DAYS", BigDecimal.valueOf(30)).intValue());
		}

		private static BigDecimal required(Map<String, BigDecimal> values, String code) {
			BigDecimal value = values.get(code);
			if (value == null) {
				throw new IllegalStateException("The dose-limit table has no " + code);
			}
			return value;
		}

	}

	Limits inForce(LocalDate day) {
		CatalogVersion version = this.catalogs.versionInForce(CATALOG, day)
			.or(() -> this.catalogs.versions(CATALOG).stream().reduce((a, b) -> b))
			.orElseThrow(() -> new IllegalStateException("No version of " + CATALOG + " is loaded"));
		return of(version);
	}

	private Limits of(CatalogVersion version) {
		List<CatalogEntry> entries = this.catalogs.allEntries(version.id(), "");
		Map<String, BigDecimal> values = new HashMap<>();
		for (CatalogEntry entry : entries) {
			Object value = entry.attributes().get("value");
			if (value != null && !String.valueOf(value).isBlank()) {
				values.put(entry.code(), new BigDecimal(String.valueOf(value).trim()));
			}
		}
		return Limits.of(version.id(), version.edition(), values);
	}

}
