package org.ohsonline.reference.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ohsonline.reference.CatalogEntry;
import org.ohsonline.reference.CatalogVersion;
import org.ohsonline.reference.CatalogVersionActivated;
import org.ohsonline.reference.HazardFactor;
import org.ohsonline.reference.HazardFactors;
import org.ohsonline.shared.CacheCoherence;
import org.ohsonline.shared.ExpiringCache;

import org.springframework.context.event.EventListener;
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

	/**
	 * Factors by code and day, for ten minutes: every post's factors are named on every structure shown and every
	 * portrait refreshed, three catalog queries a factor otherwise. A version activated here or on another instance
	 * (through {@link CacheCoherence}) empties it at once.
	 */
	private final ExpiringCache<Key, Optional<HazardFactor>> factors;

	private record Key(String code, LocalDate on) {
	}

	HazardFactorCatalog(EntriesInForce entries, Clock clock, CacheCoherence coherence) {
		this.entries = entries;
		this.factors = coherence.register("reference.hazard-factors", new ExpiringCache<>(Duration.ofMinutes(10), 5_000, clock));
	}

	@Override
	public Optional<HazardFactor> findFactor(String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		LocalDate today = this.entries.today();
		Key key = new Key(code.trim(), today);
		Optional<Optional<HazardFactor>> cached = this.factors.get(key);
		if (cached.isPresent()) {
			return cached.get();
		}
		long generation = this.factors.generation();
		Optional<HazardFactor> factor = this.entries.version(CATALOG, today).flatMap(version -> this.entries
			.entry(version, key.code())
			.filter(entry -> entry.level() == 2)
			.map(entry -> factor(entry, this.entries.entry(version, entry.parentCode()).orElse(null))));
		this.factors.put(key, factor, generation);
		return factor;
	}

	@EventListener
	void on(CatalogVersionActivated event) {
		if (CATALOG.equals(event.catalogCode())) {
			this.factors.invalidateAll();
		}
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
