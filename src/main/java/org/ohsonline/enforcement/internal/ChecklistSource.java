package org.ohsonline.enforcement.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.ohsonline.enforcement.LegalBasis;
import org.ohsonline.reference.CatalogEntry;
import org.ohsonline.reference.CatalogVersion;
import org.ohsonline.reference.Catalogs;

import org.springframework.stereotype.Component;

/**
 * The {@code inspection-checklist} catalog (reference/inspection-checklist-2018.csv): sections (level 1) and items
 * (level 2), each item with its legal basis ({@code law}, {@code article}, {@code paragraph}, {@code item}) and the
 * penalty article of its violation ({@code violation}, e.g. {@code 71.1}). Kept per version: a version never changes.
 */
@Component
class ChecklistSource {

	static final String CATALOG = "inspection-checklist";

	private final Catalogs catalogs;

	private final Map<Long, Checklist> checklists = new ConcurrentHashMap<>();

	ChecklistSource(Catalogs catalogs) {
		this.catalogs = catalogs;
	}

	record Item(String code, String sectionCode, String sectionName, String name, LegalBasis basis,
			LegalBasis violation) {
	}

	record Checklist(long versionId, String edition, List<Item> items) {

		java.util.Optional<Item> item(String code) {
			return this.items.stream().filter(i -> i.code().equals(code)).findFirst();
		}

	}

	Checklist inForce(LocalDate on) {
		CatalogVersion version = this.catalogs.versionInForce(CATALOG, on)
			.orElseThrow(() -> new IllegalStateException("No version of " + CATALOG + " in force on " + on));
		return of(version.id());
	}

	Checklist of(long versionId) {
		return this.checklists.computeIfAbsent(versionId, id -> {
			CatalogVersion version = this.catalogs.version(id).orElseThrow();
			List<CatalogEntry> entries = this.catalogs.allEntries(id, "");
			Map<String, String> sections = new HashMap<>();
			entries.stream().filter(e -> e.level() == 1).forEach(e -> sections.put(e.code(), e.name()));
			List<Item> items = new ArrayList<>();
			for (CatalogEntry e : entries) {
				if (e.level() != 2) {
					continue;
				}
				String law = text(e, "law");
				items.add(new Item(e.code(), e.parentCode(), sections.get(e.parentCode()), e.name(),
						new LegalBasis(law, number(e, "article"), number(e, "paragraph"), number(e, "item")),
						text(e, "violation").isEmpty() ? null : LegalBasis.ofKey(law, text(e, "violation"))));
			}
			return new Checklist(id, version.edition(), List.copyOf(items));
		});
	}

	private static String text(CatalogEntry e, String attribute) {
		Object value = e.attributes().get(attribute);
		return value == null ? "" : String.valueOf(value).trim();
	}

	private static int number(CatalogEntry e, String attribute) {
		String value = text(e, attribute);
		return value.isEmpty() ? 0 : Integer.parseInt(value);
	}

}
