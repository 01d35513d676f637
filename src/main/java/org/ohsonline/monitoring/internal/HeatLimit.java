package org.ohsonline.monitoring.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.ohsonline.reference.CatalogVersionActivated;
import org.ohsonline.reference.HeatLimits;
import org.ohsonline.reference.LabourIntensity;

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

	private static final long TTL_MILLIS = 10 * 60 * 1000;

	private final HeatLimits limits;

	private final Clock clock;

	private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();

	HeatLimit(HeatLimits limits, Clock clock) {
		this.limits = limits;
		this.clock = clock;
	}

	private record Cached(Optional<Double> limit, long until) {
	}

	Optional<Double> of(DeviceRef device) {
		if (device.labourIntensity() == null || device.timeShare() == null) {
			return Optional.empty();
		}
		String key = device.labourIntensity() + "|" + device.timeShare() + "|" + device.hotOutdoor();
		long now = this.clock.millis();
		Cached cached = this.cache.get(key);
		if (cached != null && cached.until() > now) {
			return cached.limit();
		}
		Optional<Double> limit = this.limits
			.limitFor(LabourIntensity.valueOf(device.labourIntensity()), device.timeShare(), device.hotOutdoor(),
					LocalDate.ofInstant(Instant.now(this.clock), CHINA))
			.map(found -> found.limit().doubleValue());
		this.cache.put(key, new Cached(limit, now + TTL_MILLIS));
		return limit;
	}

	@EventListener
	void on(CatalogVersionActivated event) {
		this.cache.clear();
	}

}
