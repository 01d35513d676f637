package org.ohsonline.iam.internal;

import java.time.Clock;

import org.ohsonline.shared.CacheCoherence;
import org.ohsonline.shared.ExpiringCache;

import org.springframework.stereotype.Component;

/**
 * Principals resolved from bearer tokens, kept for a few seconds so that an API call does not cost
 * four statements (token, owner, roles, permissions) before its own work; see
 * docs/decisions/0010-token-principal-cache.md. Keyed by the token's SHA-256 hash, never by the
 * secret. Every change to users (lock-outs included), role permissions and tokens invalidates it.
 */
@Component
class TokenPrincipalCache {

	static final int MAX_ENTRIES = 10_000;

	private final ExpiringCache<String, OhsPrincipal> principals;

	TokenPrincipalCache(SecuritySettings settings, Clock clock, CacheCoherence coherence) {
		this.principals = coherence.register("iam.token-principals",
				new ExpiringCache<>(settings.tokenCacheTtl(), MAX_ENTRIES, clock));
	}

	ExpiringCache<String, OhsPrincipal> principals() {
		return this.principals;
	}

	/** Called by every write to users, their roles, role permissions and tokens. */
	void invalidateAll() {
		this.principals.invalidateAll();
	}

}
