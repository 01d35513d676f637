package org.ohsonline.monitoring.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.ohsonline.reference.CatalogVersionActivated;
import org.ohsonline.reference.Oel;
import org.ohsonline.reference.Oels;
import org.ohsonline.shared.CacheCoherence;
import org.ohsonline.shared.ExpiringCache;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The limits a device's readings are held against, from the OEL catalog in force (reference
 * module). Rows are those of the device's factor in the device's unit (and dust fraction, for dust
 * monitors). Where several rows remain — bands of free silica, altitude bands of carbon monoxide —
 * the most stringent value of each kind applies: a monitoring alert is a screening result that an
 * inspector verifies, so it errs on the side of reporting (docs/decisions/0008).
 * Looked-up limits are cached for ten minutes and dropped when a catalog version is activated.
 */
@Component
class Limits {

	/** A table activated on another instance reaches evaluations here within this time (here: at once). */
	private static final Duration TIME_TO_LIVE = Duration.ofMinutes(10);

	private final Oels oels;

	private final ExpiringCache<String, Resolved> cache;

	Limits(Oels oels, Clock clock, CacheCoherence coherence) {
		this.oels = oels;
		this.cache = coherence.register("monitoring.limits", new ExpiringCache<>(TIME_TO_LIVE, 10_000, clock));
	}

	/**
	 * The limits in force for a factor.
	 * @param mac maximum allowable concentration (instant ceiling)
	 * @param pcTwa 8-hour TWA limit (for noise: the L_EX,8h limit in dB(A))
	 * @param pcStel 15-minute short-term limit
	 * @param verified whether every row used was checked against the official text
	 */
	record Resolved(Double mac, Double pcTwa, Double pcStel, boolean verified) {

		static final Resolved NONE = new Resolved(null, null, null, false);

		boolean any() {
			return this.mac != null || this.pcTwa != null || this.pcStel != null;
		}

	}

	Resolved of(DeviceRef device) {
		String key = device.hazardCode() + "|" + device.unit() + "|" + device.dustFraction();
		var cached = this.cache.get(key);
		if (cached.isPresent()) {
			return cached.get();
		}
		long generation = this.cache.generation();
		Resolved resolved = resolve(this.oels.limitsOf(device.hazardCode()), device.unit(), device.dustFraction());
		this.cache.put(key, resolved, generation);
		return resolved;
	}

	static Resolved resolve(List<Oel> rows, String unit, String dustFraction) {
		List<Oel> matching = rows.stream()
			.filter(row -> Objects.equals(Units.canonical(row.unit()), unit))
			.filter(row -> dustFraction == null || row.dustFraction() == null || dustFraction.equals(row.dustFraction()))
			.toList();
		if (matching.isEmpty()) {
			return Resolved.NONE;
		}
		return new Resolved(min(matching.stream().map(Oel::mac).toList()),
				min(matching.stream().map(Oel::pcTwa).toList()), min(matching.stream().map(Oel::pcStel).toList()),
				matching.stream().allMatch(Oel::verified));
	}

	private static Double min(List<BigDecimal> values) {
		return values.stream().filter(Objects::nonNull).map(BigDecimal::doubleValue).min(Double::compare).orElse(null);
	}

	@EventListener
	void on(CatalogVersionActivated event) {
		this.cache.invalidateAll();
	}

}
