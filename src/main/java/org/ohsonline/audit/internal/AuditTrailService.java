package org.ohsonline.audit.internal;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Correlation;

import org.springframework.jdbc.core.SqlParameterValue;
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

	/**
	 * One append in one statement: the chain's head locked (%s picks it), the entry's id drawn once it is locked, the
	 * entry inserted with its link hash computed by the database ({@link AuditChain#sql}, the parts in the order of
	 * {@link AuditChain#hash}) and the head moved to it. Returns the chain appended to; no row when no head could be
	 * locked ({@code skip locked}).
	 */
	private static final String APPEND = """
			with h as (select id, last_hash from audit.chain_head %s for update%s),
			v as (
			    select h.id as chain, h.last_hash as prev, nextval('audit.entry_id_seq') as id, cast(:second as text) as second,
			        cast(:nano as text) as nano, cast(:actorId as bigint) as actor_id, cast(:actorName as text) as actor_name,
			        cast(:source as text) as source, cast(:channel as text) as channel, cast(:action as text) as action,
			        cast(:targetType as text) as target_type, cast(:targetId as text) as target_id,
			        cast(:region as text) as region, cast(:before as text) as before_state,
			        cast(:after as text) as after_state
			    from h),
			e as (
			    insert into audit.entry (id, chain_id, occurred_at, actor_id, actor_name, source_address, channel, action,
			        target_type, target_id, region_code, before_state, after_state, prev_hash, hash, correlation_id)
			    select v.id, v.chain, :at, v.actor_id, v.actor_name, v.source, v.channel, v.action, v.target_type,
			        v.target_id, v.region, v.before_state, v.after_state, v.prev, """ + AuditChain.sql(List.of("v.prev",
			"v.id::text", "v.second", "v.nano", "v.actor_id::text", "v.actor_name", "v.source", "v.channel", "v.action",
			"v.target_type", "v.target_id", "v.region", "v.before_state", "v.after_state")) + """
			, :correlation
			    from v
			    returning id, chain_id, hash)
			update audit.chain_head h set last_id = e.id, last_hash = e.hash, entry_count = h.entry_count + 1
			from e where h.id = e.chain_id
			returning h.id""";

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditTrailService(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(Actor actor, String action, AuditTarget target, Map<String, ?> before, Map<String, ?> after) {
		Instant now = Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
		Map<String, Object> entry = new HashMap<>();
		entry.put("at", Timestamp.from(now));
		entry.put("second", Long.toString(now.getEpochSecond()));
		entry.put("nano", Integer.toString(now.getNano()));
		entry.put("actorId", actor.userId());
		entry.put("actorName", text(actor.username()));
		entry.put("source", text(actor.sourceAddress()));
		entry.put("channel", actor.channel().name());
		entry.put("action", action);
		entry.put("targetType", text(target.type()));
		entry.put("targetId", text(target.id()));
		entry.put("region", text(target.regionCode()));
		entry.put("before", text(SnapshotWriter.write(before)));
		entry.put("after", text(SnapshotWriter.write(after)));
		entry.put("correlation", text(Correlation.current().orElse(null)));
		append(entry);
	}

	/**
	 * Text that may be missing, typed as text even when it is: the driver re-prepares a statement whenever a
	 * parameter's type changes between executions (a null is sent untyped), so entries with and without a "before"
	 * would otherwise have the append planned afresh each time.
	 */
	private static SqlParameterValue text(String value) {
		return new SqlParameterValue(Types.VARCHAR, value);
	}

	/**
	 * Appends to the chain this transaction appends to, locked until it ends. Its first entry takes the first chain
	 * that no other transaction holds ({@code skip locked}), so audited writes do not wait for each other's commits;
	 * its later entries go to the same chain. Only when every chain is held does it wait, for one of them at random.
	 * Locking a head serialises that chain: each of its entries links to the one committed before it, and the ids
	 * of a chain's entries rise in the order they were appended — the entry's id is drawn in the same statement,
	 * once the head is locked.
	 */
	private void append(Map<String, Object> entry) {
		Integer bound = (Integer) TransactionSynchronizationManager.getResource(CHAIN_OF_TRANSACTION);
		if (bound != null) {
			entry.put("chain", bound);
			this.jdbc.sql(APPEND.formatted("where id = :chain", "")).params(entry).query(Integer.class).single();
			return;
		}
		int chain = this.jdbc.sql(APPEND.formatted("order by id limit 1", " skip locked"))
			.params(entry)
			.query(Integer.class)
			.optional()
			.orElseGet(() -> this.jdbc.sql(APPEND.formatted("order by random() limit 1", ""))
				.params(entry)
				.query(Integer.class)
				.single());
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		TransactionSynchronizationManager.bindResource(CHAIN_OF_TRANSACTION, chain);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(CHAIN_OF_TRANSACTION);
			}
		});
	}

}
