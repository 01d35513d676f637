package org.ohsonline.enforcement.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.ohsonline.reference.CatalogEntry;
import org.ohsonline.reference.CatalogVersion;
import org.ohsonline.reference.Catalogs;

import org.springframework.stereotype.Component;

/** The discretion benchmark and the case deadlines in force, read from the reference module and kept per version. */
@Component
class EnforcementCaseRules {

	static final String DEADLINES = "case-deadlines";

	private final Catalogs catalogs;

	private final Map<Long, DiscretionBenchmark> benchmarks = new ConcurrentHashMap<>();

	EnforcementCaseRules(Catalogs catalogs) {
		this.catalogs = catalogs;
	}

	DiscretionBenchmark benchmark(LocalDate on) {
		CatalogVersion version = this.catalogs.versionInForce(DiscretionBenchmark.CATALOG, on)
			.orElseThrow(() -> new IllegalStateException("No discretion benchmark in force on " + on));
		return this.benchmarks.computeIfAbsent(version.id(),
				id -> DiscretionBenchmark.of(version.edition(), this.catalogs.allEntries(id, "")));
	}

	/** Days allowed from {@code from} to {@code step} (e.g. DECISION from FILED: 90). */
	int days(String step, LocalDate on, int otherwise) {
		return this.catalogs.versionInForce(DEADLINES, on)
			.flatMap(v -> this.catalogs.allEntries(v.id(), "").stream().filter(e -> step.equals(e.attributes().get("step"))).findFirst())
			.map(EnforcementCaseRules::days)
			.orElse(otherwise);
	}

	private static int days(CatalogEntry e) {
		return Integer.parseInt(String.valueOf(e.attributes().get("days")).trim());
	}

}
