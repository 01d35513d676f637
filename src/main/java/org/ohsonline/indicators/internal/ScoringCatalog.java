package org.ohsonline.indicators.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ohsonline.indicators.ScoringRule;
import org.ohsonline.reference.CatalogEntry;
import org.ohsonline.reference.CatalogVersion;
import org.ohsonline.reference.Catalogs;

import org.springframework.stereotype.Component;

/**
 * The scoring method of the quarterly snapshots: the {@code indicator-scoring} catalog version in force on a quarter's
 * last day (reference migration V26, bundled {@code reference/indicator-scoring-2026.csv}; an administrator loads a
 * new version at {@code /catalogs/indicator-scoring}).
 */
@Component
class ScoringCatalog {

	static final String CATALOG = "indicator-scoring";

	/** The method of one catalog version. */
	record Method(Long versionId, String edition, Map<String, ScoringRule> rules) {
	}

	private final Catalogs catalogs;

	ScoringCatalog(Catalogs catalogs) {
		this.catalogs = catalogs;
	}

	Method inForce(LocalDate day) {
		return this.catalogs.versionInForce(CATALOG, day)
			.or(() -> this.catalogs.versions(CATALOG).stream().min(Comparator.comparing(CatalogVersion::effectiveFrom)))
			.map(this::read)
			.orElse(new Method(null, "", Map.of()));
	}

	/** The rules of a version a snapshot was scored with (none when it was scored without a method). */
	Map<String, ScoringRule> rules(Long versionId) {
		return versionId == null ? Map.of() : rules(this.catalogs.allEntries(versionId, ""));
	}

	private Method read(CatalogVersion version) {
		return new Method(version.id(), version.edition(), rules(this.catalogs.allEntries(version.id(), "")));
	}

	private static Map<String, ScoringRule> rules(java.util.List<CatalogEntry> entries) {
		Map<String, ScoringRule> rules = new LinkedHashMap<>();
		for (CatalogEntry e : entries) {
			if ("indicator".equals(text(e, "kind"))) {
				rules.put(e.code(), new ScoringRule(e.code(), e.name(), Integer.parseInt(text(e, "weight")),
						new BigDecimal(text(e, "greenPoints")), new BigDecimal(text(e, "amberPoints")),
						new BigDecimal(text(e, "redPoints"))));
			}
		}
		return rules;
	}

	private static String text(CatalogEntry e, String attribute) {
		Object value = e.attributes().get(attribute);
		return value == null ? null : value.toString().trim();
	}

}
