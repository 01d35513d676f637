package org.ohsonline.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Correlation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

@Service
class AuditTrailService implements AuditTrail {

	/** The key under which a transaction keeps the chain it appends to. */
	private static final Object CHAIN_OF_TRANSACTION = new Object();

	/** A head locked (a CTE, so that the id is drawn after the lock), with the next entry's id. */
	private static final String LOCKED_HEAD = """
			with h as (select id, last_hash, entry_count from audit.chain_head %s for update%s)
			select h.id, h.last_hash, h.entry_count, nextval('audit.entry_id_seq') from h""";

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditTrailService(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(Actor actor, String action, AuditTarget target, Map<String, ?> before, Map<String, ?> after) {
		Head head = lockedHead();
		Instant now = Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
		AuditChain.Link link = new AuditChain.Link(head.nextId(), now, actor.userId(), actor.username(),
				actor.sourceAddress(), actor.channel().name(), action, target.type(), target.id(), target.regionCode(),
				SnapshotWriter.write(before), SnapshotWriter.write(after), head.lastHash());
		String hash = AuditChain.hash(link);
		// the entry and its chain's new head in one statement
		this.jdbc.sql("""
				with e as (
				    insert into audit.entry (id, chain_id, occurred_at, actor_id, actor_name, source_address, channel, action,
				        target_type, target_id, region_code, before_state, after_state, prev_hash, hash, correlation_id)
				    values (:id, :chain, :at, :actorId, :actorName, :source, :channel, :action, :targetType, :targetId,
				        :region, :before, :after, :prev, :hash, :correlation)
				    returning id, hash)
				update audit.chain_head h set last_id = e.id, last_hash = e.hash, entry_count = :count
				from e where h.id = :chain
				""")
			.param("id", link.id())
			.param("chain", head.chain())
			.param("at", Timestamp.from(now))
			.param("actorId", link.actorId())
			.param("actorName", link.actorName())
			.param("source", link.sourceAddress())
			.param("channel", link.channel())
			.param("action", link.action())
			.param("targetType", link.targetType())
			.param("targetId", link.targetId())
			.param("region", link.regionCode())
			.param("before", link.before())
			.param("after", link.after())
			.param("prev", link.prevHash())
			.param("hash", hash)
			.param("correlation", Correlation.current().orElse(null))
			.param("count", head.entryCount() + 1)
			.update();
	}

	/**
	 * The head of the chain this transaction appends to, locked until it ends. Its first entry takes the first chain
	 * that no other transaction holds ({@code skip locked}), so audited writes do not wait for each other's commits;
	 * its later entries go to the same chain. Only when every chain is held does it wait, for one of them at random.
	 * Locking a head serialises that chain: each of its entries links to the one committed before it, and the ids
	 * of a chain's entries rise in the order they were appended — the entry's id is drawn in the same statement, in
	 * the outer query, once the head is locked.
	 */
	private Head lockedHead() {
		Integer bound = (Integer) TransactionSynchronizationManager.getResource(CHAIN_OF_TRANSACTION);
		if (bound != null) {
			return this.jdbc.sql(LOCKED_HEAD.formatted("where id = :chain", ""))
				.param("chain", bound)
				.query(AuditTrailService::head)
				.single();
		}
		Head head = this.jdbc.sql(LOCKED_HEAD.formatted("order by id limit 1", " skip locked"))
			.query(AuditTrailService::head)
			.optional()
			.orElseGet(() -> this.jdbc.sql(LOCKED_HEAD.formatted("order by random() limit 1", ""))
				.query(AuditTrailService::head)
				.single());
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return head;
		}
		TransactionSynchronizationManager.bindResource(CHAIN_OF_TRANSACTION, head.chain());
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(CHAIN_OF_TRANSACTION);
			}
		});
		return head;
	}

	private static Head head(ResultSet rs, int row) throws SQLException {
		return new Head(rs.getInt(1), rs.getString(2), rs.getLong(3), rs.getLong(4));
	}

	private record Head(int chain, String lastHash, long entryCount, long nextId) {
	}

}
