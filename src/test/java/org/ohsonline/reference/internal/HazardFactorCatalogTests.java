package org.ohsonline.reference.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.ohsonline.reference.CatalogEntry;
import org.ohsonline.reference.CatalogVersion;
import org.ohsonline.reference.CatalogVersionActivated;
import org.ohsonline.reference.HazardFactor;
import org.ohsonline.shared.CacheCoherence;
import org.ohsonline.shared.ExpiringCache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Factors are looked up once per day and code, and asked again once a version of the catalog is activated. */
class HazardFactorCatalogTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneOffset.UTC);

	/** The catalog in force: a version whose name of the factor can be changed, counting the queries asked. */
	static final class Entries extends EntriesInForce {

		final AtomicInteger queries = new AtomicInteger();

		String name = "矽尘";

		long versionId = 1;

		Entries() {
			super(null, null, CLOCK);
		}

		@Override
		Optional<CatalogVersion> version(String catalog, LocalDate date) {
			this.queries.incrementAndGet();
			return Optional.of(new CatalogVersion(this.versionId, catalog, "e" + this.versionId, LocalDate.of(2020, 1, 1),
					"test", "test", Instant.EPOCH, 2, null));
		}

		@Override
		Optional<CatalogEntry> entry(CatalogVersion version, String code) {
			this.queries.incrementAndGet();
			return switch (code) {
				case "11000001" -> Optional.of(new CatalogEntry(code, this.name, "11", 2, Map.of()));
				case "11" -> Optional.of(new CatalogEntry(code, "粉尘", null, 1, Map.of()));
				default -> Optional.empty();
			};
		}

	}

	@Test
	@SuppressWarnings("unchecked")
	void looksAFactorUpOnceAndAgainAfterAVersionOfItsCatalogIsActivated() {
		CacheCoherence coherence = mock(CacheCoherence.class);
		when(coherence.register(anyString(), any(ExpiringCache.class))).thenAnswer(call -> call.getArgument(1));
		Entries entries = new Entries();
		HazardFactorCatalog catalog = new HazardFactorCatalog(entries, CLOCK, coherence);

		assertThat(catalog.findFactor("11000001")).map(HazardFactor::name).contains("矽尘");
		int first = entries.queries.get();
		assertThat(catalog.findFactor(" 11000001 ")).map(HazardFactor::name).contains("矽尘");
		assertThat(catalog.findFactor("99")).isEmpty();
		int unknown = entries.queries.get();
		assertThat(catalog.findFactor("99")).isEmpty();
		assertThat(entries.queries.get()).as("a known and an unknown code asked again: no query").isEqualTo(unknown);
		assertThat(unknown).isGreaterThan(first);

		entries.name = "矽尘（游离SiO₂≥10%）";
		entries.versionId = 2;
		catalog.on(new CatalogVersionActivated("industries", 9, "x", LocalDate.of(2026, 1, 1)));
		assertThat(catalog.findFactor("11000001")).map(HazardFactor::name).as("another catalog's version").contains("矽尘");
		catalog.on(new CatalogVersionActivated(HazardFactorCatalog.CATALOG, 2, "e2", LocalDate.of(2026, 12, 1)));
		assertThat(catalog.findFactor("11000001")).map(HazardFactor::name).contains("矽尘（游离SiO₂≥10%）");
	}

}
