package org.ohsonline;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The event publication backlog as gauges ({@code ohs_events_publications{state="incomplete"}} and
 * {@code {state="failed"}}): publications whose listeners have not completed, and those of them that
 * failed and wait for {@link FailedEventRetries} or an operator. Counted when scraped, through the
 * index on {@code completion_date}; a steadily growing incomplete count means listeners fall behind.
 */
@Component
class EventPublicationMeters implements SmartInitializingSingleton {

	private final MeterRegistry registry;

	private final JdbcClient jdbc;

	EventPublicationMeters(MeterRegistry registry, JdbcClient jdbc) {
		this.registry = registry;
		this.jdbc = jdbc;
	}

	@Override
	public void afterSingletonsInstantiated() {
		Gauge.builder("ohs.events.publications", this, m -> m.count(false))
			.description("Event publications whose listeners have not completed")
			.tag("state", "incomplete")
			.register(this.registry);
		Gauge.builder("ohs.events.publications", this, m -> m.count(true))
			.description("Event publications whose listeners have not completed")
			.tag("state", "failed")
			.register(this.registry);
	}

	private double count(boolean failedOnly) {
		try {
			return this.jdbc.sql("select count(*) from event_publication where completion_date is null"
					+ (failedOnly ? " and status = 'FAILED'" : ""))
				.query(Long.class)
				.single();
		}
		catch (RuntimeException ex) {
			// The database is down: the gauge has no value, and the health endpoint says why.
			return Double.NaN;
		}
	}

}
