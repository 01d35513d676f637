package org.ohsonline;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Completed event publications are deleted once older than the retention (a day by default); failed and incomplete
 * ones stay, however old, for the retries and for an operator.
 */
@IntegrationTest
class CompletedEventPurgeIntegrationTests {

	@Autowired
	CompletedEventPurge purge;

	@Autowired
	JdbcClient jdbc;

	@Test
	void deletesOnlyPublicationsCompletedLongerAgoThanTheRetention() {
		Instant now = Instant.now();
		UUID oldCompleted = insert("COMPLETED", now.minus(3, ChronoUnit.DAYS), now.minus(2, ChronoUnit.DAYS));
		UUID recentCompleted = insert("COMPLETED", now.minus(2, ChronoUnit.HOURS), now.minus(1, ChronoUnit.HOURS));
		UUID oldFailed = insert("FAILED", now.minus(3, ChronoUnit.DAYS), null);
		UUID oldIncomplete = insert("PUBLISHED", now.minus(3, ChronoUnit.DAYS), null);

		try {
			this.purge.purge();

			assertThat(exists(oldCompleted)).as("completed two days ago").isFalse();
			assertThat(exists(recentCompleted)).as("completed an hour ago").isTrue();
			assertThat(exists(oldFailed)).as("failed three days ago").isTrue();
			assertThat(exists(oldIncomplete)).as("never completed").isTrue();
		}
		finally {
			// Not left for the retries of failed publications: its event type is no class.
			this.jdbc.sql("delete from event_publication where id in (:ids)")
				.param("ids", List.of(oldCompleted, recentCompleted, oldFailed, oldIncomplete))
				.update();
		}
	}

	private UUID insert(String status, Instant publishedAt, Instant completedAt) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
				    completion_attempts, completion_date)
				values (:id, 'test.Listener.on(test.Event)', 'test.Event', '{}', :published, :status, 1, :completed)""")
			.param("id", id)
			.param("published", Timestamp.from(publishedAt))
			.param("status", status)
			.param("completed", completedAt == null ? null : Timestamp.from(completedAt))
			.update();
		return id;
	}

	private boolean exists(UUID id) {
		return this.jdbc.sql("select exists (select 1 from event_publication where id = :id)")
			.param("id", id)
			.query(Boolean.class)
			.single();
	}

}
