package org.ohsonline.risk.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.ohsonline.reference.CatalogEntry;
import org.ohsonline.reference.CatalogVersion;
import org.ohsonline.reference.CatalogVersionActivated;
import org.ohsonline.reference.Catalogs;
import org.ohsonline.shared.CacheCoherence;
import org.ohsonline.shared.ExpiringCache;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The classification rules, the rectification deadlines and the checklist of the catalog versions in
 * force, read from the reference module and kept per version (a version never changes once loaded), so
 * that the incremental path costs no catalog read beyond the version in force.
 */
@Component
class RulesSource {

	static final String DEADLINES = "rectification-deadlines";

	private final Catalogs catalogs;

	private final Map<Long, RiskRules> rules = new ConcurrentHashMap<>();

	/**
	 * The version of each catalog in force on a day. A version activated on another instance reaches
	 * this one through {@link CacheCoherence} at once, or within the time to live if that notice is lost.
	 */
	private final ExpiringCache<InForce, CatalogVersion> inForce;

	private record InForce(String catalog, LocalDate on) {
	}

	RulesSource(Catalogs catalogs, Clock clock, CacheCoherence coherence) {
		this.catalogs = catalogs;
		this.inForce = coherence.register("risk.catalogs-in-force", new ExpiringCache<>(Duration.ofMinutes(10), 1_000, clock));
	}

	/** The rules in force on the day. */
	RiskRules rules(LocalDate on) {
		CatalogVersion version = version(RiskRules.CATALOG, on);
		return this.rules.computeIfAbsent(version.id(),
				id -> RiskRules.of(id, version.edition(), version.source(), this.catalogs.allEntries(id, "")));
	}

	/** Deadlines by kind of finding, per version of the deadlines catalog (a version's entries never change). */
	private final Map<Long, Map<String, Deadline>> deadlines = new ConcurrentHashMap<>();

	/** The rectification period for a kind of finding, and the basis to show with it. */
	Deadline deadline(String findingKind, LocalDate on) {
		CatalogVersion version = version(DEADLINES, on);
		Map<String, Deadline> byKind = this.deadlines.computeIfAbsent(version.id(), id -> {
			Map<String, Deadline> all = new java.util.HashMap<>();
			for (CatalogEntry e : this.catalogs.allEntries(id, "")) {
				all.put(e.code(), new Deadline(days(e), e.code() + " · " + DEADLINES + " " + version.edition()));
			}
			return Map.copyOf(all);
		});
		Deadline deadline = byKind.get(findingKind);
		return deadline != null ? deadline
				: new Deadline(30, DEADLINES + " " + version.edition() + " (no entry: 30)");
	}

	record Deadline(int days, String basis) {
	}

	static final String CHECKLIST = "self-inspection-checklist";

	private final Map<Long, org.ohsonline.risk.Checklist> checklists = new ConcurrentHashMap<>();

	/** The checklist in force on the day. */
	org.ohsonline.risk.Checklist checklist(LocalDate on) {
		return checklist(version(CHECKLIST, on).id());
	}

	/** The checklist of one version: sections (level 1) and their items (level 2). */
	org.ohsonline.risk.Checklist checklist(long versionId) {
		return this.checklists.computeIfAbsent(versionId, id -> {
			CatalogVersion version = this.catalogs.version(id).orElseThrow();
			List<CatalogEntry> entries = this.catalogs.allEntries(id, "");
			List<org.ohsonline.risk.Checklist.Section> sections = new java.util.ArrayList<>();
			for (CatalogEntry section : entries) {
				if (section.level() != 1) {
					continue;
				}
				List<org.ohsonline.risk.Checklist.Item> items = entries.stream()
					.filter(e -> e.level() == 2 && section.code().equals(e.parentCode()))
					.map(e -> new org.ohsonline.risk.Checklist.Item(e.code(), e.name(),
							new java.math.BigDecimal(String.valueOf(RiskRules.text(e, "score") == null ? "0" : RiskRules.text(e, "score"))),
							Boolean.parseBoolean(RiskRules.text(e, "evidenceRequired")), RiskRules.text(e, "basis")))
					.toList();
				sections.add(new org.ohsonline.risk.Checklist.Section(section.code(), section.name(), items));
			}
			return new org.ohsonline.risk.Checklist(id, version.edition(), version.source(), sections);
		});
	}

	CatalogVersion version(String catalog, LocalDate on) {
		InForce key = new InForce(catalog, on);
		Optional<CatalogVersion> cached = this.inForce.get(key);
		if (cached.isPresent()) {
			return cached.get();
		}
		long generation = this.inForce.generation();
		CatalogVersion version = this.catalogs.versionInForce(catalog, on)
			.orElseThrow(() -> new IllegalStateException("No version of catalog " + catalog + " is in force on " + on));
		this.inForce.put(key, version, generation);
		return version;
	}

	@EventListener
	void on(CatalogVersionActivated event) {
		this.inForce.invalidateAll();
	}

	private static int days(CatalogEntry entry) {
		String value = RiskRules.text(entry, "days");
		return value == null ? 30 : (int) Double.parseDouble(value);
	}

}
