package org.ohsonline.iam.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Principals resolved from bearer tokens, kept for a few seconds so that an API call does not cost
 * four statements (token, user, roles, permissions) before its own work; see
 * docs/decisions/0010-token-principal-cache.md.
 * <p>
 * Every change to users, roles or tokens on this instance empties the cache, both when it is made
 * and again after its transaction commits (a request that read the old state in between cannot
 * keep it). A change made on another instance takes effect here within the time to live. Entries
 * are keyed by the token's SHA-256 hash, never by the secret.
 */
@Component
class TokenPrincipalCache {

	/** More distinct live tokens than this within one time to live empties the cache instead of growing. */
	static final int MAX_ENTRIES = 10_000;

	private record Entry(OhsPrincipal principal, Instant until, long generation) {
	}

	private final Map<String, Entry> entries = new ConcurrentHashMap<>();

	private final AtomicLong generation = new AtomicLong();

	private final Duration timeToLive;

	private final Clock clock;

	TokenPrincipalCache(SecuritySettings settings, Clock clock) {
		this.timeToLive = settings.tokenCacheTtl();
		this.clock = clock;
	}

	/** The generation to pass to {@link #put} for a principal about to be read from the database. */
	long generation() {
		return this.generation.get();
	}

	Optional<OhsPrincipal> get(String tokenHash) {
		Entry entry = this.entries.get(tokenHash);
		if (entry == null) {
			return Optional.empty();
		}
		if (entry.generation() != this.generation.get() || !Instant.now(this.clock).isBefore(entry.until())) {
			this.entries.remove(tokenHash, entry);
			return Optional.empty();
		}
		return Optional.of(entry.principal());
	}

	/**
	 * Keeps a principal read at {@code readGeneration} until the time to live or the token's expiry,
	 * whichever comes first; a principal read before the latest invalidation is not kept.
	 */
	void put(String tokenHash, OhsPrincipal principal, Instant tokenExpiresAt, long readGeneration) {
		if (this.timeToLive.isZero() || readGeneration != this.generation.get()) {
			return;
		}
		if (this.entries.size() >= MAX_ENTRIES) {
			this.entries.clear();
		}
		Instant until = Instant.now(this.clock).plus(this.timeToLive);
		this.entries.put(tokenHash, new Entry(principal, until.isBefore(tokenExpiresAt) ? until : tokenExpiresAt,
				readGeneration));
	}

	/** Called by every write to users, their roles, role permissions and tokens. */
	void invalidateAll() {
		clear();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					clear();
				}
			});
		}
	}

	private void clear() {
		this.generation.incrementAndGet();
		this.entries.clear();
	}

}
