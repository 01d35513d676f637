package org.ohsonline.reference.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.ohsonline.reference.CatalogVersion;
import org.ohsonline.reference.RiskDirectory;

/** The bundled risk directories in memory, for tests that derive severities without a database. */
public final class BundledDirectories {

	private BundledDirectories() {
	}

	/** The official 2021 table (industry-severity-2021.csv). */
	public static RiskDirectory official2021() {
		return of("reference/industry-severity-2021.csv", "2021 (国卫办职健发〔2021〕5号)", 2);
	}

	/** The provisional division table it replaced (industry-severity-2021-provisional.csv). */
	public static RiskDirectory provisional2021() {
		return of("reference/industry-severity-2021-provisional.csv", "2021 (provisional)", 1);
	}

	static RiskDirectory of(String resource, String edition, long versionId) {
		Map<String, String> sections = new HashMap<>();
		BundledCatalogs.read("reference/industries-gbt4754-2017.csv")
			.entries()
			.stream()
			.filter(e -> e.level() == 2)
			.forEach(e -> sections.put(e.code(), e.parentCode()));
		CatalogVersion version = new CatalogVersion(versionId, "industry-severity", edition, LocalDate.of(2021, 3, 12),
				"国卫办职健发〔2021〕5号 (test)", "test", Instant.EPOCH, 0, null);
		return new DirectoryEdition(version, BundledCatalogs.read(resource).entries(), sections);
	}

}
