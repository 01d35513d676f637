package org.ohsonline.reference.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ohsonline.reference.CatalogEntry;
import org.ohsonline.reference.CatalogVersion;
import org.ohsonline.reference.OccupationalDisease;
import org.ohsonline.reference.OccupationalDiseases;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The occupational disease catalog in force: entries of kind {@code category} (level 1),
 * {@code subgroup} (level 2, only under category 1) and {@code disease} (level 2, or level 3 under
 * a subgroup).
 */
@Service
@Transactional(readOnly = true)
class DiseaseCatalog implements OccupationalDiseases {

	private final EntriesInForce entries;

	DiseaseCatalog(EntriesInForce entries) {
		this.entries = entries;
	}

	@Override
	public Optional<OccupationalDisease> findDisease(String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		return this.entries.version(BundledCatalogs.DISEASES, this.entries.today())
			.flatMap(version -> this.entries.entry(version, code.trim())
				.filter(DiseaseCatalog::disease)
				.map(entry -> disease(entry, version, code(version))));
	}

	@Override
	public List<OccupationalDisease> diseases() {
		Optional<CatalogVersion> version = this.entries.version(BundledCatalogs.DISEASES, this.entries.today());
		if (version.isEmpty()) {
			return List.of();
		}
		List<CatalogEntry> all = this.entries.all(version.get());
		Map<String, CatalogEntry> byCode = all.stream().collect(Collectors.toMap(CatalogEntry::code, Function.identity()));
		return all.stream().filter(DiseaseCatalog::disease).map(e -> disease(e, version.get(), byCode::get)).toList();
	}

	@Override
	public List<CatalogEntry> categories() {
		return this.entries.version(BundledCatalogs.DISEASES, this.entries.today())
			.map(version -> this.entries.all(version).stream().filter(e -> e.level() == 1).toList())
			.orElse(List.of());
	}

	private Function<String, CatalogEntry> code(CatalogVersion version) {
		return code -> code == null ? null : this.entries.entry(version, code).orElse(null);
	}

	private static boolean disease(CatalogEntry entry) {
		return "disease".equals(EntriesInForce.text(entry, "kind"));
	}

	private static OccupationalDisease disease(CatalogEntry entry, CatalogVersion version,
			Function<String, CatalogEntry> lookup) {
		CatalogEntry parent = lookup.apply(entry.parentCode());
		CatalogEntry group = parent != null && parent.level() == 2 ? parent : null;
		CatalogEntry category = group == null ? parent : lookup.apply(group.parentCode());
		return new OccupationalDisease(entry.code(), entry.name(), category == null ? null : category.code(),
				category == null ? null : category.name(), group == null ? null : group.code(),
				group == null ? null : group.name(), EntriesInForce.isTrue(entry, "verified"), version.edition());
	}

}
