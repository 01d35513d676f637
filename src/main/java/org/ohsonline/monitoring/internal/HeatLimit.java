package org.ohsonline.monitoring.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.ohsonline.reference.CatalogVersionActivated;
import org.ohsonline.reference.HeatLimits;
import org.ohsonline.reference.LabourIntensity;
import org.ohsonline.shared.CacheCoherence;
import org.ohsonline.shared.ExpiringCache;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The WBGT limit for a heat device's post, from the reference module's {@code heat-limits} catalog
 * in force today (GBZ 2.2-2007 表8: labour intensity × exposure time share, + the catalog's
 * adjustment where the outdoor design temperature is high). Cached for ten minutes and dropped
 * when a catalog version is activated.
 */
@Component
class HeatLimit {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	/** A table activated on another instance reaches evaluations here within this time (here: at once). */
	private static final Duration TIME_TO_LIVE = Duration.ofMinutes(10);

	private final HeatLimits limits;

	private final Clock clock;

	private final ExpiringCache<String, Optional<Double>> cache;

	HeatLimit(HeatLimits limits, Clock clock, CacheCoherence coherence) {
		this.limits = limits;
		this.clock = clock;
		this.cache = coherence.register("monitoring.heat-limits", new ExpiringCache<>(TIME_TO_LIVE, 1_000, clock));
	}

	Optional<Double> of(DeviceRef device) {
		if (device.labourIntensity() == null || device.timeShare() == null) {
			return Optional.empty();
		}
		String key = device.labourIntensity() + "|" + device.timeShare() + "|" + device.hotOutdoor();
		var cached = this.cache.get(key);
		if (cached.isPresent()) {
			return cached.get();
		}
		long generation = this.cache.generation();
		Optional<Double> limit = this.limits
			.limitFor(LabourIntensity.valueOf(device.labourIntensity()), device.timeShare(), device.hotOutdoor(),
					LocalDate.ofInstant(Instant.now(this.clock), CHINA))
			.map(found -> found.limit().doubleValue());
		this.cache.put(key, limit, generation);
		return limit;
	}

	@EventListener
	void on(CatalogVersionActivated event) {
		this.cache.invalidateAll();
	}

}
