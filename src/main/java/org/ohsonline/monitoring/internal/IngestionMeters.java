package org.ohsonline.monitoring.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * Ingestion rates for the operator's dashboards ({@code /actuator/prometheus}): readings by channel
 * and outcome ({@code ohs_monitoring_readings_total{channel="http",outcome="accepted"}}) and
 * batches refused whole as unreadable. The per-device reasons stay in {@code monitoring.rejection_count}.
 */
@Component
class IngestionMeters {

	private final MeterRegistry registry;

	IngestionMeters(MeterRegistry registry) {
		this.registry = registry;
		// At zero from the start, so that a dashboard's rate has a series before the first reading.
		for (String channel : new String[] { "http", "mqtt" }) {
			for (String outcome : new String[] { "accepted", "duplicate", "rejected" }) {
				add(channel, outcome, 0);
			}
		}
	}

	void record(String channel, Ingestion.BatchResult result) {
		add(channel, "accepted", result.accepted());
		add(channel, "duplicate", result.duplicates());
		add(channel, "rejected", result.rejected());
		if (result.malformed() != null) {
			Counter.builder("ohs.monitoring.batches.malformed")
				.description("Batches refused whole because they could not be read")
				.tag("channel", channel)
				.register(this.registry)
				.increment();
		}
	}

	private void add(String channel, String outcome, int count) {
		Counter counter = Counter.builder("ohs.monitoring.readings")
			.description("Readings received, by channel and outcome")
			.tag("channel", channel)
			.tag("outcome", outcome)
			.register(this.registry);
		if (count > 0) {
			counter.increment(count);
		}
	}

}
