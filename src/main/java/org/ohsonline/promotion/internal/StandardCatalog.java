package org.ohsonline.promotion.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ohsonline.promotion.HealthyEnterprises.Standard;
import org.ohsonline.promotion.ItemScore;
import org.ohsonline.reference.CatalogEntry;
import org.ohsonline.reference.CatalogVersion;
import org.ohsonline.reference.Catalogs;

import org.springframework.stereotype.Component;

/**
 * The healthy-enterprise evaluation standard ({@code healthy-enterprise-standard} catalog, bundled as
 * reference/healthy-enterprise-standard-2019.csv, an <b>unverified</b> platform edition: the platform's
 * reference texts hold no official guide). Sections are level 1, items level 2 with {@code points} and
 * {@code mandatory}; the entry {@code PASS_MARK} ({@code kind} rule) gives the pass mark.
 */
@Component
class StandardCatalog {

	static final String CATALOG = "healthy-enterprise-standard";

	private final Catalogs catalogs;

	StandardCatalog(Catalogs catalogs) {
		this.catalogs = catalogs;
	}

	Standard inForce(LocalDate day) {
		CatalogVersion version = this.catalogs.versionInForce(CATALOG, day)
			.orElseThrow(() -> new IllegalStateException("No version of " + CATALOG + " is in force on " + day));
		return of(version);
	}

	Standard of(long versionId) {
		return of(this.catalogs.version(versionId).orElseThrow());
	}

	private Standard of(CatalogVersion version) {
		List<CatalogEntry> entries = this.catalogs.allEntries(version.id(), "");
		Map<String, String> sections = new HashMap<>();
		BigDecimal passMark = new BigDecimal("60");
		for (CatalogEntry e : entries) {
			if ("PASS_MARK".equals(e.code())) {
				passMark = number(e, "points");
			}
			else if (e.level() == 1) {
				sections.put(e.code(), e.name());
			}
		}
		List<ItemScore> items = new ArrayList<>();
		for (CatalogEntry e : entries) {
			if (e.level() == 2) {
				items.add(new ItemScore(e.code(), e.name(), e.parentCode(), sections.getOrDefault(e.parentCode(), ""),
						number(e, "points"), "true".equalsIgnoreCase(String.valueOf(e.attributes().get("mandatory")).trim()),
						e.attributes().get("basis") == null ? null : String.valueOf(e.attributes().get("basis")), null, null,
						null, null, null));
			}
		}
		items.sort(java.util.Comparator.comparing(ItemScore::code));
		return new Standard(version.id(), version.edition(), version.source(), passMark, items);
	}

	private static BigDecimal number(CatalogEntry entry, String attribute) {
		Object value = entry.attributes().get(attribute);
		return value == null || String.valueOf(value).isBlank() ? BigDecimal.ZERO : new BigDecimal(String.valueOf(value).trim());
	}

}
