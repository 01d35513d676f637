package org.ohsonline.projects.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ohsonline.projects.Stage;
import org.ohsonline.reference.CatalogEntry;
import org.ohsonline.reference.CatalogVersion;
import org.ohsonline.reference.Catalogs;

import org.springframework.stereotype.Component;

/**
 * The {@code project-supervision} catalog (reference/project-supervision-2021.csv, checked on load by the reference
 * module): {@code verificationRatio} entries (attribute {@code hazardClass} SERIOUS, GENERAL or NONE — a project
 * the directory does not list; {@code ratio} 0–1) and {@code stageDays} entries ({@code stage}, {@code days}).
 */
@Component
class SupervisionRules {

	static final String CATALOG = "project-supervision";

	/** The draw's class labels, in the order the draw takes them. */
	static final java.util.List<String> CLASSES = java.util.List.of("SERIOUS", "NONE", "GENERAL");

	private final Catalogs catalogs;

	SupervisionRules(Catalogs catalogs) {
		this.catalogs = catalogs;
	}

	record Edition(long versionId, String edition, Map<String, BigDecimal> ratios, Map<Stage, Integer> days) {

		int daysOf(Stage stage) {
			return this.days.get(stage);
		}

	}

	Edition inForce(LocalDate on) {
		CatalogVersion version = this.catalogs.versionInForce(CATALOG, on)
			.orElseThrow(() -> new IllegalStateException("No version of " + CATALOG + " in force on " + on));
		Map<String, BigDecimal> ratios = new LinkedHashMap<>();
		Map<Stage, Integer> days = new EnumMap<>(Stage.class);
		for (CatalogEntry e : this.catalogs.allEntries(version.id(), "")) {
			Object kind = e.attributes().get("kind");
			if ("verificationRatio".equals(kind)) {
				ratios.put(String.valueOf(e.attributes().get("hazardClass")), new BigDecimal(String.valueOf(e.attributes().get("ratio"))));
			}
			else if ("stageDays".equals(kind)) {
				days.put(Stage.valueOf(String.valueOf(e.attributes().get("stage"))),
						Integer.parseInt(String.valueOf(e.attributes().get("days"))));
			}
		}
		// A version without a rule falls back to the strict side: verify in full, and a year for a stage.
		for (String c : CLASSES) {
			ratios.putIfAbsent(c, BigDecimal.ONE);
		}
		for (Stage s : Stage.values()) {
			days.putIfAbsent(s, 365);
		}
		return new Edition(version.id(), version.edition(), ratios, days);
	}

}
