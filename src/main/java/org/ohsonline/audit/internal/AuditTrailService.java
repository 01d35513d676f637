package org.ohsonline.audit.internal;

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

@Service
class AuditTrailService implements AuditTrail {

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditTrailService(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(Actor actor, String action, AuditTarget target, Map<String, ?> before, Map<String, ?> after) {
		// Locking the head serialises appends, so each entry links to the one committed before it.
		Head head = this.jdbc.sql("select last_hash, entry_count from audit.chain_head where id = 1 for update")
			.query((rs, n) -> new Head(rs.getString(1), rs.getLong(2)))
			.single();
		long id = this.jdbc.sql("select nextval('audit.entry_id_seq')").query(Long.class).single();
		Instant now = Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
		AuditChain.Link link = new AuditChain.Link(id, now, actor.userId(), actor.username(), actor.sourceAddress(),
				actor.channel().name(), action, target.type(), target.id(), target.regionCode(),
				SnapshotWriter.write(before), SnapshotWriter.write(after), head.lastHash());
		String hash = AuditChain.hash(link);
		this.jdbc.sql("""
				insert into audit.entry (id, occurred_at, actor_id, actor_name, source_address, channel, action,
				    target_type, target_id, region_code, before_state, after_state, prev_hash, hash, correlation_id)
				values (:id, :at, :actorId, :actorName, :source, :channel, :action, :targetType, :targetId,
				    :region, :before, :after, :prev, :hash, :correlation)
				""")
			.param("id", id)
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
			.update();
		this.jdbc.sql("update audit.chain_head set last_id = :id, last_hash = :hash, entry_count = :count where id = 1")
			.param("id", id)
			.param("hash", hash)
			.param("count", head.entryCount() + 1)
			.update();
	}

	private record Head(String lastHash, long entryCount) {
	}

}
