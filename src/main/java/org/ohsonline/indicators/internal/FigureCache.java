package org.ohsonline.indicators.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import org.ohsonline.indicators.FigureTable;
import org.ohsonline.indicators.IndicatorDefinition;
import org.ohsonline.shared.CacheCoherence;
import org.ohsonline.shared.ExpiringCache;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A region's figures as {@link FigureReads#table} put them together, reused until the read model changes: every
 * write to the rows a table is made of (an employer recomputed after an event, each batch of a rebuild, a target set,
 * figures imported) drops them all, at once on this instance and, through {@link CacheCoherence} (PostgreSQL
 * {@code NOTIFY} after the commit), on every other instance on the same database. The time to live
 * ({@code ohs.indicators.figure-cache-ttl}, 60 s; {@code 0s} turns the cache off) bounds what another instance shows
 * while its notification channel is down, and what changes without a write of this module (the divisions' names
 * below a region). The definitions in force are part of the key, so a new catalog edition is never answered from
 * the cache. The jurisdiction is checked before the cache is asked (the key is the region the caller may see).
 */
@Component
class FigureCache {

	static final String NAME = "indicators.figures";

	private record Key(String prefix, int year, List<IndicatorDefinition> definitions) {
	}

	private final ExpiringCache<Key, FigureTable> tables;

	FigureCache(CacheCoherence coherence, Clock clock,
			@Value("${ohs.indicators.figure-cache-ttl:60s}") Duration timeToLive) {
		this.tables = coherence.register(NAME, new ExpiringCache<>(timeToLive, 10_000, clock));
	}

	FigureTable table(String prefix, int year, List<IndicatorDefinition> definitions, Supplier<FigureTable> read) {
		return this.tables.get(new Key(prefix, year, definitions), read);
	}

	/** The read model changed: every table goes (now, when the transaction ends, and on the other instances). */
	void invalidate() {
		this.tables.invalidateAll();
	}

}
