package org.ohsonline.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ExpiringCacheTests {

	static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

	MovableClock clock = new MovableClock(NOW);

	ExpiringCache<String, String> cache = new ExpiringCache<>(Duration.ofSeconds(10), 3, this.clock);

	@Test
	void servesAValueUntilItsTimeToLiveEnds() {
		this.cache.put("k", "v", this.cache.generation());
		this.clock.now = NOW.plusMillis(9_999);
		assertThat(this.cache.get("k")).contains("v");
		this.clock.now = NOW.plusSeconds(10);
		assertThat(this.cache.get("k")).isEmpty();
	}

	@Test
	void neverServesAValuePastItsOwnLimit() {
		// e.g. a token principal must not outlive the token
		this.cache.put("k", "v", NOW.plusSeconds(3), this.cache.generation());
		this.clock.now = NOW.plusSeconds(3);
		assertThat(this.cache.get("k")).isEmpty();
	}

	@Test
	void forgetsEverythingOnAnInvalidation() {
		this.cache.put("k", "v", this.cache.generation());
		this.cache.invalidateAll();
		assertThat(this.cache.get("k")).isEmpty();
	}

	@Test
	void refusesAValueReadBeforeTheLatestInvalidation() {
		// A request read the old state, then a write invalidated the cache before the request kept it.
		long readAt = this.cache.generation();
		this.cache.invalidateAll();
		this.cache.put("k", "stale", readAt);
		assertThat(this.cache.get("k")).isEmpty();
	}

	@Test
	void readsAMissingValueOnceAndServesItAfterwards() {
		int[] reads = { 0 };
		assertThat(this.cache.get("k", () -> "v" + ++reads[0])).isEqualTo("v1");
		assertThat(this.cache.get("k", () -> "v" + ++reads[0])).isEqualTo("v1");
		assertThat(reads[0]).isEqualTo(1);
	}

	@Test
	void answersButDoesNotKeepAValueReadWhileAnInvalidationCame() {
		assertThat(this.cache.get("k", () -> {
			this.cache.invalidateAll();
			return "stale";
		})).isEqualTo("stale");
		assertThat(this.cache.get("k")).isEmpty();
	}

	@Test
	void keepsNothingWhenTheTimeToLiveIsZero() {
		var off = new ExpiringCache<String, String>(Duration.ZERO, 3, this.clock);
		off.put("k", "v", off.generation());
		assertThat(off.get("k")).isEmpty();
	}

	@Test
	void startsAfreshInsteadOfGrowingPastItsBound() {
		for (String key : new String[] { "a", "b", "c" }) {
			this.cache.put(key, key, this.cache.generation());
		}
		this.cache.put("d", "d", this.cache.generation());
		assertThat(this.cache.get("a")).isEmpty();
		assertThat(this.cache.get("d")).contains("d");
	}

	@Test
	void dropsExpiredEntriesOfKeysNeverAskedForAgain() {
		// e.g. one lookup each for thousands of devices that send once: they must not pile up until the bound.
		this.cache.put("a", "a", this.cache.generation());
		this.cache.put("b", "b", this.cache.generation());
		this.clock.now = NOW.plusSeconds(10);
		this.cache.put("c", "c", this.cache.generation());
		assertThat(this.cache.size()).isEqualTo(1);
		assertThat(this.cache.get("c")).contains("c");
	}

	@Test
	void refusesANegativeTimeToLive() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ExpiringCache<>(Duration.ofSeconds(-1), 3, this.clock));
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
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
