package org.ohsonline.indicators.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.ohsonline.indicators.IndicatorDefinition;
import org.ohsonline.reference.CatalogEntry;
import org.ohsonline.reference.CatalogVersion;
import org.ohsonline.reference.Catalogs;

import org.springframework.stereotype.Component;

/**
 * The indicator definitions of the {@code indicator-definitions} catalog version in force (reference migration V22,
 * bundled {@code reference/indicator-definitions-2026.csv}). A version never changes once loaded, so its entries are
 * kept per version id; a newly activated version is simply another id.
 */
@Component
class DefinitionCatalog {

	static final String CATALOG = "indicator-definitions";

	private final Catalogs catalogs;

	private final Clock clock;

	private final Map<Long, List<IndicatorDefinition>> byVersion = new ConcurrentHashMap<>();

	DefinitionCatalog(Catalogs catalogs, Clock clock) {
		this.catalogs = catalogs;
		this.clock = clock;
	}

	List<IndicatorDefinition> inForce() {
		return this.catalogs.versionInForce(CATALOG, LocalDate.now(this.clock.withZone(IndicatorZone.ZONE)))
			.map(v -> this.byVersion.computeIfAbsent(v.id(), id -> read(v)))
			.orElse(List.of());
	}

	private List<IndicatorDefinition> read(CatalogVersion version) {
		return this.catalogs.allEntries(version.id(), "")
			.stream()
			.filter(e -> "indicator".equals(e.attributes().get("kind")))
			.sorted(java.util.Comparator.comparingInt(e -> number(text(e, "seq"), 0)))
			.map(e -> definition(e, version.edition()))
			.toList();
	}

	static IndicatorDefinition definition(CatalogEntry e, String edition) {
		String target = text(e, "planTarget");
		return new IndicatorDefinition(e.code(), e.name(), text(e, "nameEn"), text(e, "unit"), text(e, "population"),
				text(e, "populationZh"), text(e, "populationEn"), text(e, "numeratorZh"), text(e, "numeratorEn"),
				text(e, "denominatorZh"), text(e, "denominatorEn"), text(e, "period"), text(e, "sourceModule"), text(e, "rule"),
				text(e, "direction"), number(text(e, "amberMargin"), 5), text(e, "plan"),
				target == null || target.isBlank() ? null : new BigDecimal(target), text(e, "basisZh"), text(e, "basisEn"),
				Boolean.TRUE.equals(e.attributes().get("verified")), edition);
	}

	private static String text(CatalogEntry e, String attribute) {
		Object value = e.attributes().get(attribute);
		return value == null ? null : value.toString();
	}

	private static int number(String text, int otherwise) {
		return text == null || !text.matches("\\d{1,6}") ? otherwise : Integer.parseInt(text);
	}

}
