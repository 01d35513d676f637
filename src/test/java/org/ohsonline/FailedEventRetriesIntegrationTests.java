package org.ohsonline;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class FailedEventRetriesIntegrationTests {

	private static final String LISTENER = "org.ohsonline.testing.internal.ValidityClockJobs.on(org.ohsonline.testing.TestingJobReviewed)";

	@Autowired
	FailedEventRetries retries;

	@Autowired
	JdbcClient jdbc;

	@Test
	void runsAFailedListenerAgainUntilItCompletes() throws InterruptedException {
		// A real publication of the demo data: a testing job reviewed, heard by the validity clocks
		// (idempotent: the clock restarts from the same job). Copy it as publications that failed.
		Map<String, Object> sample = this.jdbc
			.sql("select event_type, serialized_event from event_publication where listener_id = :listener limit 1")
			.param("listener", LISTENER)
			.query()
			.singleRow();
		UUID failed = insertFailed(sample, Instant.now().minus(10, ChronoUnit.MINUTES), 1);
		UUID exhausted = insertFailed(sample, Instant.now().minus(10, ChronoUnit.MINUTES),
				FailedEventRetries.MAX_ATTEMPTS);
		UUID recent = insertFailed(sample, Instant.now().minus(1, ChronoUnit.MINUTES), 1);

		this.retries.retry();

		long deadline = System.currentTimeMillis() + 15_000;
		while (!completed(failed) && System.currentTimeMillis() < deadline) {
			Thread.sleep(100);
		}
		assertThat(completed(failed)).as("the failed publication, retried").isTrue();
		assertThat(status(failed)).isEqualTo("COMPLETED");
		assertThat(completed(exhausted)).as("a publication that used up its attempts").isFalse();
		assertThat(completed(recent)).as("a publication that failed a minute ago").isFalse();
	}

	private UUID insertFailed(Map<String, Object> sample, Instant publishedAt, int attempts) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
				    completion_attempts)
				values (:id, :listener, :type, :event, :published, 'FAILED', :attempts)
				""")
			.param("id", id)
			.param("listener", LISTENER)
			.param("type", sample.get("event_type"))
			.param("event", sample.get("serialized_event"))
			.param("published", Timestamp.from(publishedAt))
			.param("attempts", attempts)
			.update();
		return id;
	}

	private boolean completed(UUID id) {
		return this.jdbc.sql("select completion_date is not null from event_publication where id = :id")
			.param("id", id)
			.query(Boolean.class)
			.single();
	}

	private String status(UUID id) {
		return this.jdbc.sql("select status from event_publication where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

}
