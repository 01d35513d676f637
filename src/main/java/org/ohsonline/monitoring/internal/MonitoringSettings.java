package org.ohsonline.monitoring.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Ingestion, storage and alert rules ({@code ohs.monitoring.*}).
 *
 * @param maxAge the oldest reading accepted (relative to receipt); must not exceed the retention
 * @param maxSkew how far in the future a device clock may be
 * @param maxBatch the most readings one batch may carry
 * @param readingRetention how long raw readings (day partitions) are kept
 * @param minuteRetention how long 1-minute aggregates (day partitions) are kept
 * @param hourRetention how long 1-hour aggregates are kept
 * @param partitionsAhead how many days of partitions exist ahead of today
 * @param offlineIntervals sampling intervals without a reading after which a device is offline
 * @param acknowledgeWithin how long an employer has to acknowledge an alert before it is escalated
 * @param deviceCacheTtl how long a device looked up by token or code is reused (a revoked token
 * stops working within this time)
 */
@ConfigurationProperties("ohs.monitoring")
record MonitoringSettings(@DefaultValue("7d") Duration maxAge, @DefaultValue("5m") Duration maxSkew,
		@DefaultValue("10000") int maxBatch, @DefaultValue("90d") Duration readingRetention,
		@DefaultValue("35d") Duration minuteRetention, @DefaultValue("730d") Duration hourRetention,
		@DefaultValue("3") int partitionsAhead, @DefaultValue("5") int offlineIntervals,
		@DefaultValue("24h") Duration acknowledgeWithin, @DefaultValue("30s") Duration deviceCacheTtl) {

	MonitoringSettings {
		if (maxAge.compareTo(readingRetention) > 0 || maxAge.compareTo(minuteRetention) > 0) {
			throw new IllegalArgumentException(
					"ohs.monitoring.max-age must not exceed the reading and minute retention periods");
		}
		if (partitionsAhead < 1 || offlineIntervals < 1 || maxBatch < 1) {
			throw new IllegalArgumentException("ohs.monitoring: partitions-ahead, offline-intervals and max-batch must be ≥ 1");
		}
	}

	/** Days of partitions that must exist behind today so that any acceptable reading has one. */
	int daysBehind() {
		return (int) Math.max(1, maxAge.toDays() + 1);
	}

}
