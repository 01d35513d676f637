package org.ohsonline.audit;

import java.util.Map;
import java.util.Set;

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
		long next = this.jdbc.sql("select min(id) from audit.entry where id > :id").param("id", middle).query(Long.class).single();
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
		long next = this.jdbc.sql("select min(id) from audit.entry where id > :id").param("id", middle).query(Long.class).single();
		ChainVerification result = tampered("update audit.entry set hash = repeat('0', 64) where id = " + middle);
		assertThat(result.firstBrokenId()).isIn(middle, next);
		assertThat(result.intact()).isFalse();
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
