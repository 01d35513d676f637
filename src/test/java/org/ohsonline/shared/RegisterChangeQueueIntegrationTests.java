package org.ohsonline.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A module's queue of register changes (decision 0043) on a table of its own: queued only when the publishing
 * transaction commits, acted on in batches that take the rows off the queue with the work, a failing employer done
 * alone without holding up the others, and left for an operator after its attempts.
 */
@IntegrationTest
class RegisterChangeQueueIntegrationTests {

	private static final String TABLE = "public.test_register_change";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	TransactionTemplate transactions;

	private final List<List<Long>> handled = new ArrayList<>();

	private Queue queue;

	@BeforeEach
	void table() {
		this.jdbc.sql("drop table if exists " + TABLE).update();
		this.jdbc.sql("create table " + TABLE + """
				 (id bigint generated always as identity primary key, employer_id bigint not null,
				    fields text[] not null, changed_on date not null, queued_at timestamptz not null,
				    attempts int not null default 0)""").update();
		this.queue = new Queue();
	}

	@Test
	void queuesOnlyWhatCommitsAndActsOnABatchInOneStep() {
		this.transactions.executeWithoutResult(status -> {
			this.queue.queue(1, Set.of("name"), LocalDate.of(2026, 3, 1));
			status.setRollbackOnly();
		});
		assertThat(this.queue.queued()).as("a change rolled back is not queued").isZero();
		this.transactions.executeWithoutResult(status -> {
			this.queue.queue(1, Set.of("name", "hazards"), LocalDate.of(2026, 3, 1));
			this.queue.queue(2, Set.of("address"), LocalDate.of(2026, 3, 2));
			this.queue.queue(3, Set.of("name"), LocalDate.of(2026, 3, 3));
		});
		assertThat(this.queue.queued()).isEqualTo(3);

		assertThat(this.queue.step()).isTrue();
		assertThat(this.handled).containsExactly(List.of(1L, 2L, 3L));
		assertThat(this.queue.changes.get(0).fields()).containsExactlyInAnyOrder("name", "hazards");
		assertThat(this.queue.changes.get(1).changedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
		assertThat(this.queue.queued()).isZero();
		assertThat(this.queue.step()).as("nothing left").isFalse();
	}

	@Test
	void aFailingEmployerIsDoneAloneAndLeftForAnOperatorAfterItsAttempts() {
		this.queue.failing = 2L;
		this.transactions.executeWithoutResult(status -> {
			this.queue.queue(1, Set.of("name"), LocalDate.of(2026, 3, 1));
			this.queue.queue(2, Set.of("name"), LocalDate.of(2026, 3, 1));
			this.queue.queue(3, Set.of("name"), LocalDate.of(2026, 3, 1));
		});

		assertThat(this.queue.step()).isTrue();
		// The batch failed as a whole and was rolled back; then each employer alone: 1 and 3 done, 2 failed.
		assertThat(this.handled).containsExactly(List.of(1L, 2L, 3L), List.of(1L), List.of(2L), List.of(3L));
		assertThat(this.queue.queued()).isEqualTo(1);
		assertThat(attempts(2)).isEqualTo(1);

		for (int attempt = 2; attempt <= RegisterChangeQueue.ATTEMPTS; attempt++) {
			this.queue.step();
		}
		assertThat(attempts(2)).isEqualTo(RegisterChangeQueue.ATTEMPTS);
		assertThat(this.queue.queued()).isZero();
		assertThat(this.queue.stuck()).as("left for an operator").isEqualTo(1);
		assertThat(this.queue.step()).isFalse();
	}

	private int attempts(long employerId) {
		return this.jdbc.sql("select attempts from " + TABLE + " where employer_id = :id")
			.param("id", employerId)
			.query(Integer.class)
			.single();
	}

	/** A queue on the test's table that records what it was asked to act on and fails for one employer. */
	private final class Queue extends RegisterChangeQueue {

		private Long failing;

		private final List<Change> changes = new ArrayList<>();

		Queue() {
			super(TABLE, "test-register-changes", 10, RegisterChangeQueueIntegrationTests.this.jdbc,
					RegisterChangeQueueIntegrationTests.this.transactionManager, Clock.systemUTC());
		}

		@Override
		protected void handle(List<Change> batch) {
			RegisterChangeQueueIntegrationTests.this.handled.add(batch.stream().map(Change::employerId).toList());
			this.changes.addAll(batch);
			if (this.failing != null && batch.stream().anyMatch(change -> change.employerId() == this.failing)) {
				throw new IllegalStateException("employer " + this.failing + " fails");
			}
		}

	}

}
