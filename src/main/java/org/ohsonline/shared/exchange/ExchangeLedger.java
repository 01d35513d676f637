package org.ohsonline.shared.exchange;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;

import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

/**
 * Idempotency on the DocumentId (交换规范 2021, 第一章 五: the DocumentId identifies a document): the first
 * receipt of a document by a caller's scope runs the import and stores its answer in the same
 * transaction; the same document again gets the stored answer and records nothing; the same DocumentId
 * with other content is refused. Each module keeps its ledger in its own schema (one table
 * {@code exchange_document}) and hands its statements over as constants.
 */
public final class ExchangeLedger {

	/**
	 * The module's statements on its table {@code (owner, document_id, business_type, sha256, answer, created_at)}
	 * with a unique (owner, document_id): {@code claim} inserts on conflict do nothing with {@code :owner,
	 * :documentId, :type, :sha256, :at}; {@code find} selects {@code sha256, answer} by owner and document id;
	 * {@code answer} sets {@code answer = :answer}.
	 */
	public record Statements(String claim, String find, String answer) {
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final Statements sql;

	private final Clock clock;

	public ExchangeLedger(JdbcClient jdbc, Statements sql, Clock clock) {
		this.jdbc = jdbc;
		this.sql = sql;
		this.clock = clock;
	}

	/**
	 * Runs the import once per scope and document; call inside the import's transaction.
	 * @throws InvalidInputException {@code exchange.documentIdReused} when the DocumentId came before with
	 * other content
	 */
	public ExchangeAnswer once(Actor actor, ExchangeDocument document, String sha256, Supplier<ExchangeAnswer> work) {
		String owner = actor.scope().toString();
		int claimed = this.jdbc.sql(this.sql.claim())
			.param("owner", owner)
			.param("documentId", document.documentId())
			.param("type", document.type().name())
			.param("sha256", sha256)
			.param("at", Timestamp.from(Instant.now(this.clock)))
			.update();
		if (claimed == 0) {
			Optional<Stored> stored = this.jdbc.sql(this.sql.find())
				.param("owner", owner)
				.param("documentId", document.documentId())
				.query((rs, n) -> new Stored(rs.getString("sha256"), rs.getString("answer")))
				.optional();
			if (stored.isEmpty() || !stored.get().sha256().equals(sha256) || stored.get().answer() == null) {
				throw InvalidInputException.of("Header/DocumentId", "exchange.documentIdReused", document.documentId());
			}
			return JSON.readValue(stored.get().answer(), ExchangeAnswer.class).replay();
		}
		ExchangeAnswer answer = work.get();
		this.jdbc.sql(this.sql.answer())
			.param("owner", owner)
			.param("documentId", document.documentId())
			.param("answer", JSON.writeValueAsString(answer))
			.update();
		return answer;
	}

	private record Stored(String sha256, String answer) {
	}

}
