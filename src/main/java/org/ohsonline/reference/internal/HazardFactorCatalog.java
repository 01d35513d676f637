package org.ohsonline.reference.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ohsonline.reference.CatalogEntry;
import org.ohsonline.reference.CatalogVersion;
import org.ohsonline.reference.HazardFactor;
import org.ohsonline.reference.HazardFactors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hazard factor catalog in force: level 1 entries are the categories, level 2 the factors,
 * coded as in the exchange specification's 表14.
 */
@Service
@Transactional(readOnly = true)
class HazardFactorCatalog implements HazardFactors {

	static final String CATALOG = "hazard-factors";

	private final EntriesInForce entries;

	HazardFactorCatalog(EntriesInForce entries) {
		this.entries = entries;
	}

	@Override
	public Optional<HazardFactor> findFactor(String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		return this.entries.version(CATALOG, this.entries.today()).flatMap(version -> this.entries
			.entry(version, code.trim())
			.filter(entry -> entry.level() == 2)
			.map(entry -> factor(entry, this.entries.entry(version, entry.parentCode()).orElse(null))));
	}

	@Override
	public List<HazardFactor> factors(String categoryCode) {
		Optional<CatalogVersion> version = this.entries.version(CATALOG, this.entries.today());
		if (version.isEmpty()) {
			return List.of();
		}
		List<CatalogEntry> all = this.entries.all(version.get());
		Map<String, CatalogEntry> categories = all.stream()
			.filter(e -> e.level() == 1)
			.collect(Collectors.toMap(CatalogEntry::code, Function.identity()));
		return all.stream()
			.filter(e -> e.level() == 2)
			.filter(e -> categoryCode == null || categoryCode.equals(e.parentCode()))
			.map(e -> factor(e, categories.get(e.parentCode())))
			.toList();
	}

	private static HazardFactor factor(CatalogEntry entry, CatalogEntry category) {
		return new HazardFactor(entry.code(), entry.name(), entry.parentCode(),
				category == null ? null : category.name(), EntriesInForce.isTrue(entry, "verified"));
	}

}
