package org.ohsonline.agency.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ohsonline.agency.DeliveryKind;
import org.ohsonline.agency.QualityRubric;
import org.ohsonline.reference.CatalogEntry;
import org.ohsonline.reference.CatalogVersion;
import org.ohsonline.reference.Catalogs;

import org.springframework.stereotype.Component;

/**
 * The two catalogs of report-quality sampling: {@code report-quality-sampling} (the share drawn per credit level;
 * bundled reference/report-quality-sampling-2026.csv) and {@code report-review-rubric} (criteria with their points
 * and the kind of report each applies to, the outcome FALSIFIED; reference/report-review-rubric-2026.csv). Both are
 * unverified platform editions (docs/agency-rating.md).
 */
@Component
class QualityRules {

	static final String RATIOS = "report-quality-sampling";

	static final String RUBRIC = "report-review-rubric";

	/** The ratio of an organisation not rated yet when a version lacks it: level B's (the middle one). */
	static final String NOT_RATED = "NOT_RATED";

	private final Catalogs catalogs;

	QualityRules(Catalogs catalogs) {
		this.catalogs = catalogs;
	}

	record Ratios(long versionId, String edition, Map<String, BigDecimal> byLevel) {

		BigDecimal of(String level) {
			BigDecimal ratio = this.byLevel.get(level);
			if (ratio == null && NOT_RATED.equals(level)) {
				ratio = this.byLevel.get("LEVEL_B");
			}
			return ratio == null ? BigDecimal.ONE : ratio;
		}

	}

	record Rubric(long versionId, String edition, List<CatalogEntry> entries) {

		/** The criteria that apply to a kind of report, in the catalog's order. */
		QualityRubric forKind(DeliveryKind kind) {
			List<QualityRubric.Criterion> criteria = new ArrayList<>();
			for (CatalogEntry e : this.entries) {
				String applies = text(e, "appliesTo");
				if ("criterion".equals(text(e, "kind"))
						&& (applies == null || "ALL".equals(applies) || kind.name().equals(applies))) {
					criteria.add(new QualityRubric.Criterion(e.code(), e.name(), number(e, "points"), text(e, "basis")));
				}
			}
			return new QualityRubric(this.edition, criteria);
		}

	}

	Ratios ratios(LocalDate day) {
		CatalogVersion version = inForce(RATIOS, day);
		Map<String, BigDecimal> byLevel = new HashMap<>();
		for (CatalogEntry e : this.catalogs.allEntries(version.id(), "")) {
			BigDecimal ratio = number(e, "ratio");
			if (ratio.signum() > 0 && ratio.compareTo(BigDecimal.ONE) <= 0) {
				byLevel.put(e.code(), ratio);
			}
		}
		return new Ratios(version.id(), version.edition(), Map.copyOf(byLevel));
	}

	Rubric rubric(LocalDate day) {
		CatalogVersion version = inForce(RUBRIC, day);
		return new Rubric(version.id(), version.edition(), this.catalogs.allEntries(version.id(), ""));
	}

	Rubric rubric(long versionId) {
		CatalogVersion version = this.catalogs.version(versionId)
			.orElseThrow(() -> new IllegalStateException("No version " + versionId + " of " + RUBRIC));
		return new Rubric(version.id(), version.edition(), this.catalogs.allEntries(version.id(), ""));
	}

	private CatalogVersion inForce(String catalog, LocalDate day) {
		return this.catalogs.versionInForce(catalog, day)
			.orElseThrow(() -> new IllegalStateException("No version of " + catalog + " is in force on " + day));
	}

	static String text(CatalogEntry entry, String attribute) {
		Object value = entry.attributes().get(attribute);
		return value == null || String.valueOf(value).isBlank() ? null : String.valueOf(value).trim();
	}

	static BigDecimal number(CatalogEntry entry, String attribute) {
		String text = text(entry, attribute);
		try {
			return text == null ? BigDecimal.ZERO : new BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			return BigDecimal.ZERO;
		}
	}

}
