package org.ohsonline.risk.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.ohsonline.risk.RiskDashboard;
import org.ohsonline.shared.CacheCoherence;
import org.ohsonline.shared.ExpiringCache;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A region's distribution of classes, lights and open rectification items ({@link DashboardService#distribution}: a
 * GROUP BY over every portrait of the region, 280 ms for a province), reused until a class, a light, a region or an
 * item changes: every write of those ({@link PortraitStore}, {@link FullReclassification}, {@link
 * RectificationStore}) drops them all, at once on this instance and, through {@link CacheCoherence} (PostgreSQL
 * {@code NOTIFY} after the commit), on the others. The day is part of the key (an item falls overdue at midnight);
 * the time to live ({@code ohs.risk.distribution-cache-ttl}, 60 s; {@code 0s} turns it off) bounds what another
 * instance shows while its notification channel is down, and what changes without a write of this module (the
 * divisions' names). The jurisdiction is checked before the cache is asked (the key is the region the caller may see).
 */
@Component
class DistributionCache {

	static final String NAME = "risk.distribution";

	private record Key(String prefix, LocalDate day) {
	}

	private final ExpiringCache<Key, List<RiskDashboard.RegionCount>> distributions;

	DistributionCache(CacheCoherence coherence, Clock clock,
			@Value("${ohs.risk.distribution-cache-ttl:60s}") Duration timeToLive) {
		this.distributions = coherence.register(NAME, new ExpiringCache<>(timeToLive, 10_000, clock));
	}

	List<RiskDashboard.RegionCount> distribution(String prefix, LocalDate day,
			Supplier<List<RiskDashboard.RegionCount>> read) {
		return this.distributions.get(new Key(prefix, day), () -> List.copyOf(read.get()));
	}

	/** A class, light, region or rectification item changed: every distribution goes (when the transaction ends). */
	void invalidate() {
		this.distributions.invalidateAll();
	}

}
