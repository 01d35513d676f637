package org.ohsonline.iam.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ohsonline.shared.Scope;

import static org.assertj.core.api.Assertions.assertThat;

class TokenPrincipalCacheTests {

	static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

	MovableClock clock = new MovableClock(NOW);

	TokenPrincipalCache cache = new TokenPrincipalCache(settings(Duration.ofSeconds(10)), this.clock);

	OhsPrincipal principal = new OhsPrincipal(new UserAccount(7L, "api", "API", "{noop}x", "330105",
			Scope.region("330105"), null, true, false, 0, null, null, NOW, NOW, Set.of("COUNTY_SUPERVISOR"), 0),
			Set.of("registry:employer:read"), NOW);

	@Test
	void servesAPrincipalUntilItsTimeToLiveEnds() {
		this.cache.put("h", this.principal, NOW.plus(Duration.ofDays(30)), this.cache.generation());
		this.clock.now = NOW.plusMillis(9_999);
		assertThat(this.cache.get("h")).contains(this.principal);
		this.clock.now = NOW.plusSeconds(10);
		assertThat(this.cache.get("h")).isEmpty();
	}

	@Test
	void neverServesAPrincipalPastItsTokensExpiry() {
		this.cache.put("h", this.principal, NOW.plusSeconds(3), this.cache.generation());
		this.clock.now = NOW.plusSeconds(3);
		assertThat(this.cache.get("h")).isEmpty();
	}

	@Test
	void forgetsEverythingOnAnInvalidation() {
		this.cache.put("h", this.principal, NOW.plus(Duration.ofDays(30)), this.cache.generation());
		this.cache.invalidateAll();
		assertThat(this.cache.get("h")).isEmpty();
	}

	@Test
	void refusesAPrincipalReadBeforeTheLatestInvalidation() {
		// A request read the owner, then an administrator locked the owner before the request cached it.
		long readAt = this.cache.generation();
		this.cache.invalidateAll();
		this.cache.put("h", this.principal, NOW.plus(Duration.ofDays(30)), readAt);
		assertThat(this.cache.get("h")).isEmpty();
	}

	@Test
	void keepsNothingWhenTheTimeToLiveIsZero() {
		var off = new TokenPrincipalCache(settings(Duration.ZERO), this.clock);
		off.put("h", this.principal, NOW.plus(Duration.ofDays(30)), off.generation());
		assertThat(off.get("h")).isEmpty();
	}

	@Test
	void startsAfreshInsteadOfGrowingPastItsBound() {
		for (int i = 0; i < TokenPrincipalCache.MAX_ENTRIES; i++) {
			this.cache.put("h" + i, this.principal, NOW.plus(Duration.ofDays(30)), this.cache.generation());
		}
		this.cache.put("last", this.principal, NOW.plus(Duration.ofDays(30)), this.cache.generation());
		assertThat(this.cache.get("h0")).isEmpty();
		assertThat(this.cache.get("last")).isPresent();
	}

	private static SecuritySettings settings(Duration ttl) {
		return new SecuritySettings(5, Duration.ofMinutes(15), 12, Duration.ofDays(365), ttl);
	}

	static final class MovableClock extends Clock {

		Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
