package org.ohsonline.registry.internal;

import java.time.Clock;
import java.util.function.LongSupplier;

import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.registry.EmployerFilter;
import org.ohsonline.shared.CacheCoherence;
import org.ohsonline.shared.ExpiringCache;

import org.springframework.stereotype.Component;

/**
 * Totals of the employer list per scope and filter, reused while someone pages through the same
 * list; dropped by every employer write (see {@link RegistrySettings#countCacheTtl()}).
 */
@Component
public class EmployerCounts {

	/** Everything a total depends on: the scope, the narrowed region and the filters, not the sort or page. */
	private record Key(ScopeFilter scope, String region, String q, String industry, String size, String severity,
			String status) {
	}

	private final ExpiringCache<Key, Long> totals;

	EmployerCounts(RegistrySettings settings, Clock clock, CacheCoherence coherence) {
		this.totals = coherence.register("registry.employer-counts",
				new ExpiringCache<>(settings.countCacheTtl(), 10_000, clock));
	}

	long total(ScopeFilter scope, String region, EmployerFilter filter, LongSupplier count) {
		Key key = new Key(scope, region, filter.q(), filter.industry(), filter.size(), filter.severity(), filter.status());
		return this.totals.get(key, count::getAsLong);
	}

	/** Called by every write to employers, bulk loads included. */
	public void invalidateAll() {
		this.totals.invalidateAll();
	}

}
