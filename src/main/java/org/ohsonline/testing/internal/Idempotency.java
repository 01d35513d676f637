package org.ohsonline.testing.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

import org.ohsonline.shared.Actor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Idempotency keys of the agency API (IETF draft "The Idempotency-Key HTTP Header Field"): the first
 * request with a key is executed and its answer stored in the same transaction as its writes; a
 * repeat with the same key and the same request gets the stored answer and changes nothing; the
 * same key with another request is refused. Keys belong to the caller's scope (one agency cannot
 * replay or block another's). A request that fails stores nothing, so it may be retried with its key.
 */
@Component
public class Idempotency {

	/** An answer to replay: HTTP status and JSON body. */
	public record Answer(int status, String body) {
	}

	/** The key was used before with another request. */
	public static class KeyReused extends RuntimeException {

		public KeyReused(String key) {
			super("Idempotency key " + key + " was used with another request");
		}

	}

	static final int KEY_LIMIT = 255;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	Idempotency(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Runs the work once per key and request.
	 * @param requestHash a hash of the method, path and canonical body
	 * @param work the writes and the answer, run inside this transaction
	 * @throws KeyReused when the key was used with another request
	 */
	public Answer execute(Actor actor, String key, String requestHash, Supplier<Answer> work) {
		String owner = actor.scope().toString();
		return this.transactions.execute(status -> {
			int inserted = this.jdbc.sql("""
					insert into testing.idempotency_key (owner, key, request_hash, created_at)
					values (:owner, :key, :hash, :at) on conflict do nothing""")
				.param("owner", owner)
				.param("key", key)
				.param("hash", requestHash)
				.param("at", Timestamp.from(Instant.now(this.clock)))
				.update();
			if (inserted == 0) {
				return replay(owner, key, requestHash);
			}
			Answer answer = work.get();
			this.jdbc.sql("""
					update testing.idempotency_key set response_status = :status, response_body = :body
					where owner = :owner and key = :key""")
				.param("owner", owner)
				.param("key", key)
				.param("status", answer.status())
				.param("body", answer.body())
				.update();
			return answer;
		});
	}

	private Answer replay(String owner, String key, String requestHash) {
		record Stored(String hash, Integer status, String body) {
		}
		Optional<Stored> stored = this.jdbc.sql("""
				select request_hash, response_status, response_body from testing.idempotency_key
				where owner = :owner and key = :key""")
			.param("owner", owner)
			.param("key", key)
			.query((rs, n) -> new Stored(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3)))
			.optional();
		if (stored.isEmpty() || !stored.get().hash().equals(requestHash) || stored.get().status() == null) {
			throw new KeyReused(key);
		}
		return new Answer(stored.get().status(), stored.get().body());
	}

}
