package org.ohsonline.audit;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.iam.internal.UserAdministration;
import org.ohsonline.iam.internal.UserCommand;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The trail is written with the change, masks personal data, and its verification finds the first
 * row that was altered or removed by hand. Tampering happens inside a transaction that is rolled
 * back, so the shared test database keeps an intact chain.
 */
@IntegrationTest
class AuditTrailIntegrationTests {

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditQueries queries;

	@Autowired
	UserAdministration users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	final Actor system = Actor.system("test");

	@Test
	void writesTheEntryWithTheChangeAndMasksTheMobileNumber() {
		long before = userEntries();
		var created = this.users.create(this.system,
				new UserCommand("audit-mobile", "Audit", "330105", null, Set.of("INSPECTOR"), "13812345678", true));
		assertThat(userEntries()).isEqualTo(before + 1);
		String after = this.jdbc.sql("select after_state from audit.entry where target_type = 'user' and target_id = :id")
			.param("id", String.valueOf(created.user().id()))
			.query(String.class)
			.single();
		assertThat(after).contains("138****5678").doesNotContain("13812345678").doesNotContain(created.oneTimePassword());
	}

	@Test
	void writesNothingWhenTheChangeIsRejected() {
		long before = userEntries();
		assertThatThrownBy(() -> this.users.create(this.system,
				new UserCommand("x", "", "999999", null, Set.of(), "123", true)))
			.isInstanceOf(InvalidInputException.class);
		assertThat(userEntries()).isEqualTo(before);
	}

	@Test
	void refusesToWriteOutsideATransaction() {
		assertThatThrownBy(() -> this.trail.record(this.system, "test.outside", AuditTarget.of("test", 1, "33"), null,
				Map.of("a", 1)))
			.isInstanceOf(IllegalTransactionStateException.class);
	}

	@Test
	void verifiesAnUntouchedChain() {
		// background work of the shared context (a certificate rendered, an event handled) may audit meanwhile
		long before = entries();
		ChainVerification result = this.queries.verify(this.system);
		assertThat(result.intact()).isTrue();
		assertThat(result.checked()).isBetween(before, entries());
	}

	@Test
	void findsTheRowThatWasAlteredWithSql() {
		long middle = middleEntry();
		ChainVerification result = tampered("update audit.entry set actor_name = 'someone else' where id = " + middle);
		assertThat(result.intact()).isFalse();
		assertThat(result.firstBrokenId()).isEqualTo(middle);
		assertThat(result.problemCode()).isEqualTo("audit.verify.altered");
	}

	@Test
	void findsTheGapWhereARowWasRemoved() {
		long middle = middleEntry();
		long next = nextInItsChain(middle);
		ChainVerification result = tampered("delete from audit.entry where id = " + middle);
		assertThat(result.intact()).isFalse();
		assertThat(result.firstBrokenId()).isEqualTo(next);
		assertThat(result.problemCode()).isEqualTo("audit.verify.brokenLink");
	}

	@Test
	void findsThatTheNewestRowsWereRemoved() {
		ChainVerification result = tampered("delete from audit.entry where id = (select max(id) from audit.entry)");
		assertThat(result.intact()).isFalse();
		assertThat(result.problemCode()).isEqualTo("audit.verify.truncated");
	}

	@Test
	void findsARowRecomputedWithoutItsSuccessor() {
		// Rewriting a row together with its own hash still breaks the link to the next row.
		long middle = middleEntry();
		long next = nextInItsChain(middle);
		ChainVerification result = tampered("update audit.entry set hash = repeat('0', 64) where id = " + middle);
		assertThat(result.firstBrokenId()).isIn(middle, next);
		assertThat(result.intact()).isFalse();
	}

	@Test
	void findsThatTheNewestRowOfAnotherChainWasRemoved() throws Exception {
		appendWhileAnotherTransactionHoldsAChain();
		int chain = this.jdbc.sql("select max(chain_id) from audit.entry").query(Integer.class).single();
		assertThat(chain).isGreaterThan(1);
		ChainVerification result = tampered(
				"delete from audit.entry where id = (select max(id) from audit.entry where chain_id = " + chain + ")");
		assertThat(result.intact()).isFalse();
		assertThat(result.problemCode()).isEqualTo("audit.verify.truncated");
		assertThat(result.problem()).startsWith("Chain " + chain + " ends at");
	}

	@Test
	void anAppendDoesNotWaitForAnotherTransactionsCommitAndTheChainsStayIntact() throws Exception {
		long[] entries = appendWhileAnotherTransactionHoldsAChain();
		List<Integer> chains = this.jdbc.sql("select chain_id from audit.entry where id in (:a, :b) order by id")
			.param("a", entries[0])
			.param("b", entries[1])
			.query(Integer.class)
			.list();
		assertThat(chains).hasSize(2).doesNotHaveDuplicates();
		assertThat(this.queries.verify(this.system).intact()).isTrue();
	}

	/**
	 * The database computes an entry's link hash as it appends it (audit V4); verification recomputes it in Java. Both
	 * must agree on text beyond ASCII (lengths are counted in UTF-8 bytes), on a missing state and an empty value;
	 * verification also compares each chain's head with its newest entry.
	 */
	@Test
	void theDatabasesLinkHashIsTheOneVerificationRecomputes() {
		long id = this.transactions.execute(status -> {
			this.trail.record(this.system, "test.unicode", AuditTarget.of("test", "甲-１", "330105"), null,
					Map.of("名称", "职业健康 ✓ 𝄞", "empty", ""));
			return lastEntry();
		});
		Map<String, Object> entry = this.jdbc.sql("""
				select hash, prev_hash, before_state from audit.entry where id = :id""")
			.param("id", id)
			.query()
			.singleRow();
		assertThat(entry.get("before_state")).isNull();
		assertThat((String) entry.get("hash")).matches("[0-9a-f]{64}").isNotEqualTo(entry.get("prev_hash"));
		ChainVerification result = this.queries.verify(this.system);
		assertThat(result.intact()).as("%s", result.problem()).isTrue();
	}

	@Test
	void theEntriesOfOneTransactionGoToOneChain() {
		long[] ids = this.transactions.execute(status -> {
			this.trail.record(this.system, "test.first", AuditTarget.of("test", 1, "33"), null, Map.of("n", 1));
			long first = lastEntry();
			this.trail.record(this.system, "test.second", AuditTarget.of("test", 1, "33"), null, Map.of("n", 2));
			return new long[] { first, lastEntry() };
		});
		List<Integer> chains = this.jdbc.sql("select chain_id from audit.entry where id in (:a, :b)")
			.param("a", ids[0])
			.param("b", ids[1])
			.query(Integer.class)
			.list();
		assertThat(chains).hasSize(2);
		assertThat(chains.get(0)).isEqualTo(chains.get(1));
	}

	/**
	 * One transaction appends and stays open while a second appends and commits on another thread: the second must
	 * not wait for the first (before decision 0042 it waited on the one chain's head until the first committed). Returns
	 * the two entries' ids, the held transaction's first.
	 */
	private long[] appendWhileAnotherTransactionHoldsAChain() throws Exception {
		CountDownLatch held = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			Future<Long> holder = threads.submit(() -> this.transactions.execute(status -> {
				this.trail.record(this.system, "test.held", AuditTarget.of("test", 1, "33"), null, Map.of("held", true));
				long id = lastEntry();
				held.countDown();
				try {
					release.await(30, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return id;
			}));
			assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
			Future<Long> other = threads.submit(() -> this.transactions.execute(status -> {
				this.trail.record(this.system, "test.other", AuditTarget.of("test", 2, "33"), null, Map.of("held", false));
				return lastEntry();
			}));
			// committed while the first transaction still holds its chain
			long otherId = other.get(20, TimeUnit.SECONDS);
			release.countDown();
			return new long[] { holder.get(30, TimeUnit.SECONDS), otherId };
		}
		finally {
			release.countDown();
			threads.shutdownNow();
		}
	}

	/** The newest entry this transaction can see that it wrote last (its own: the highest id of its chain's head). */
	private long lastEntry() {
		return this.jdbc.sql("select max(id) from audit.entry where actor_name = :name and action like 'test.%'")
			.param("name", this.system.username())
			.query(Long.class)
			.single();
	}

	private long nextInItsChain(long id) {
		return this.jdbc.sql("""
				select min(e.id) from audit.entry e
				where e.id > :id and e.chain_id = (select chain_id from audit.entry where id = :id)""")
			.param("id", id)
			.query(Long.class)
			.single();
	}

	private ChainVerification tampered(String sql) {
		return this.transactions.execute(status -> {
			status.setRollbackOnly();
			this.jdbc.sql(sql).update();
			return this.queries.verify(this.system);
		});
	}

	private long middleEntry() {
		return this.jdbc.sql("select id from audit.entry order by id offset (select count(*) / 2 from audit.entry) limit 1")
			.query(Long.class)
			.single();
	}

	private long entries() {
		return this.jdbc.sql("select count(*) from audit.entry").query(Long.class).single();
	}

	/** Entries about users: background work of the shared context audits other things meanwhile. */
	private long userEntries() {
		return this.jdbc.sql("select count(*) from audit.entry where target_type = 'user'").query(Long.class).single();
	}

}
