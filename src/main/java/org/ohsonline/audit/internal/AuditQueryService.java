package org.ohsonline.audit.internal;

import static org.ohsonline.shared.Text.blankToNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.ohsonline.audit.AuditEntryView;
import org.ohsonline.audit.AuditFilter;
import org.ohsonline.audit.AuditQueries;
import org.ohsonline.audit.ChainVerification;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class AuditQueryService implements AuditQueries {

	static final String READ = "audit:entry:read";

	static final String VERIFY = "audit:chain:verify";

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final String COLUMNS = """
			id, occurred_at, actor_id, actor_name, source_address, channel, action, target_type, target_id,
			region_code, before_state, after_state, prev_hash, hash""";

	private static final String FILTER = """
			from audit.entry
			where region_code like :prefix || '%'
			  and (cast(:actor as text) is null or actor_name ilike '%' || cast(:actor as text) || '%')
			  and (cast(:action as text) is null or action like cast(:action as text) || '%')
			  and (cast(:targetType as text) is null or target_type = cast(:targetType as text))
			  and (cast(:targetId as text) is null or target_id = cast(:targetId as text))
			  and (cast(:from as timestamptz) is null or occurred_at >= cast(:from as timestamptz))
			  and (cast(:to as timestamptz) is null or occurred_at < cast(:to as timestamptz))
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditQueryService(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public Page<AuditEntryView> search(Actor actor, AuditFilter filter, PageQuery page) {
		actor.require(READ);
		Optional<String> prefix = actor.scope().narrowRegion(filter.region());
		if (prefix.isEmpty()) {
			return Page.of(List.of(), 0, page);
		}
		long total = bind(this.jdbc.sql("select count(*) " + FILTER), prefix.get(), filter).query(Long.class).single();
		List<AuditEntryView> items = bind(
				this.jdbc.sql("select " + COLUMNS + " " + FILTER + " order by id desc limit :limit offset :offset"),
				prefix.get(), filter)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(AuditQueryService::view)
			.list();
		return Page.of(items, total, page);
	}

	@Override
	public AuditEntryView find(Actor actor, long id) {
		actor.require(READ);
		String prefix = actor.scope().regionPrefix().orElseThrow(() -> new NotFoundException("audit entry", id));
		return this.jdbc.sql("select " + COLUMNS + " from audit.entry where id = :id and region_code like :prefix || '%'")
			.param("id", id)
			.param("prefix", prefix)
			.query(AuditQueryService::view)
			.optional()
			.orElseThrow(() -> new NotFoundException("audit entry", id));
	}

	@Override
	public long countSince(Actor actor, Instant since) {
		Optional<String> prefix = actor.can(READ) ? actor.scope().regionPrefix() : Optional.empty();
		if (prefix.isEmpty()) {
			return 0;
		}
		return this.jdbc
			.sql("select count(*) from audit.entry where region_code like :prefix || '%' and occurred_at >= :since")
			.param("prefix", prefix.get())
			.param("since", Timestamp.from(since))
			.query(Long.class)
			.single();
	}

	@Override
	public Page<AuditEntryView> ownActivity(Actor actor, PageQuery page) {
		long total = this.jdbc.sql("select count(*) from audit.entry where actor_id = :actor and actor_name = :name")
			.param("actor", actor.userId())
			.param("name", actor.username())
			.query(Long.class)
			.single();
		List<AuditEntryView> items = this.jdbc
			.sql("select " + COLUMNS + " from audit.entry where actor_id = :actor and actor_name = :name"
					+ " order by id desc limit :limit offset :offset")
			.param("actor", actor.userId())
			.param("name", actor.username())
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(AuditQueryService::view)
			.list();
		return Page.of(items, total, page);
	}

	/**
	 * Walks every entry in id order, each against the one before it in its own chain (decision 0042: the ids of a
	 * chain's entries rise in the order they were appended), then compares each chain's last entry and count with its
	 * head, so that entries removed from the end of any chain are found too.
	 */
	@Override
	public ChainVerification verify(Actor actor) {
		actor.require(VERIFY);
		Instant now = Instant.now(this.clock);
		record Head(int chain, Long lastId, String lastHash, long count) {
		}
		List<Head> heads = this.jdbc.sql("select id, last_id, last_hash, entry_count from audit.chain_head order by id")
			.query((rs, n) -> new Head(rs.getInt(1), (Long) rs.getObject(2), rs.getString(3), rs.getLong(4)))
			.list();
		/** What the walk has seen of one chain. */
		final class Walked {

			String lastHash = AuditChain.GENESIS;

			Long lastId;

			long count;

		}
		Map<Integer, Walked> chains = new HashMap<>();
		long checked = 0;
		record Stored(int chain, AuditChain.Link link, String hash) {
		}
		try (Stream<Stored> rows = this.jdbc.sql("select chain_id, " + COLUMNS + " from audit.entry order by id")
			.query((rs, n) -> new Stored(rs.getInt("chain_id"), link(rs, n), rs.getString("hash")))
			.stream()) {
			for (Stored row : (Iterable<Stored>) rows::iterator) {
				AuditChain.Link link = row.link();
				Walked chain = chains.computeIfAbsent(row.chain(), c -> new Walked());
				checked++;
				if (!link.prevHash().equals(chain.lastHash)) {
					return new ChainVerification(false, checked, link.id(),
							"Entry " + link.id() + " does not link to its predecessor: an entry before it was removed or altered",
							"audit.verify.brokenLink", now);
				}
				String actual = AuditChain.hash(link);
				if (!actual.equals(row.hash())) {
					return new ChainVerification(false, checked, link.id(),
							"Entry " + link.id() + " was altered: its content no longer matches its hash",
							"audit.verify.altered", now);
				}
				chain.lastHash = actual;
				chain.lastId = link.id();
				chain.count++;
			}
		}
		for (Head head : heads) {
			Walked chain = chains.remove(head.chain());
			if (chain == null) {
				chain = new Walked();
			}
			if (chain.count != head.count() || !chain.lastHash.equals(head.lastHash())) {
				return new ChainVerification(false, checked, chain.lastId,
						"Chain " + head.chain() + " ends at entry " + chain.lastId + " but its head records " + head.count()
								+ " entries ending at " + head.lastId() + ": entries were removed from the end",
						"audit.verify.truncated", now);
			}
		}
		if (!chains.isEmpty()) {
			int chain = chains.keySet().iterator().next();
			return new ChainVerification(false, checked, chains.get(chain).lastId,
					"Entries name chain " + chain + ", which has no head: the heads were altered",
					"audit.verify.truncated", now);
		}
		return new ChainVerification(true, checked, null, null, null, now);
	}

	private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, String prefix, AuditFilter filter) {
		return spec.param("prefix", prefix)
			.param("actor", blankToNull(filter.actor()))
			.param("action", blankToNull(filter.action()))
			.param("targetType", blankToNull(filter.targetType()))
			.param("targetId", blankToNull(filter.targetId()))
			.param("from", startOf(filter.from()))
			.param("to", startOf(filter.to() == null ? null : filter.to().plusDays(1)));
	}

	private static Timestamp startOf(LocalDate date) {
		return date == null ? null : Timestamp.from(date.atStartOfDay(ZONE).toInstant());
	}


	private static AuditEntryView view(ResultSet rs, int row) throws SQLException {
		return new AuditEntryView(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getLong("actor_id"),
				rs.getString("actor_name"), rs.getString("source_address"), rs.getString("channel"),
				rs.getString("action"), rs.getString("target_type"), rs.getString("target_id"),
				rs.getString("region_code"), rs.getString("before_state"), rs.getString("after_state"),
				rs.getString("hash"));
	}

	private static AuditChain.Link link(ResultSet rs, int row) throws SQLException {
		return new AuditChain.Link(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getLong("actor_id"),
				rs.getString("actor_name"), rs.getString("source_address"), rs.getString("channel"),
				rs.getString("action"), rs.getString("target_type"), rs.getString("target_id"),
				rs.getString("region_code"), rs.getString("before_state"), rs.getString("after_state"),
				rs.getString("prev_hash"));
	}

}
