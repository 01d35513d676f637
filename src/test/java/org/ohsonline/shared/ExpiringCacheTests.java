package org.ohsonline.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

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
	void callersOfAKeyBeingReadWaitForThatReadInsteadOfReadingAgain() throws Exception {
		var slow = new ExpiringCache<String, String>(Duration.ofSeconds(10), 3, this.clock, Duration.ofHours(1));
		CountDownLatch release = new CountDownLatch(1);
		AtomicInteger reads = new AtomicInteger();
		CompletableFuture<String> first = inThread(() -> slow.get("k", () -> {
			reads.incrementAndGet();
			await(release);
			return "first";
		}));
		waitUntil(() -> reads.get() == 1);
		AtomicReference<Thread> waiter = new AtomicReference<>();
		CompletableFuture<String> second = inThread(() -> {
			waiter.set(Thread.currentThread());
			return slow.get("k", () -> "second read " + reads.incrementAndGet());
		});
		waitUntil(() -> waiter.get() != null && waiter.get().getState() == Thread.State.TIMED_WAITING);
		release.countDown();
		assertThat(second.get(30, TimeUnit.SECONDS)).isEqualTo("first");
		assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo("first");
		assertThat(reads).hasValue(1);
	}

	@Test
	void aCallerAfterAnInvalidationNeverWaitsForAReadBegunBeforeIt() throws Exception {
		var slow = new ExpiringCache<String, String>(Duration.ofSeconds(10), 3, this.clock, Duration.ofHours(1));
		CountDownLatch release = new CountDownLatch(1);
		CountDownLatch reading = new CountDownLatch(1);
		CompletableFuture<String> before = inThread(() -> slow.get("k", () -> {
			reading.countDown();
			await(release);
			return "old";
		}));
		await(reading);
		slow.invalidateAll();
		// Had it waited for the old read (released only below), this would block for an hour and fail.
		assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThat(slow.get("k", () -> "new")).isEqualTo("new"));
		release.countDown();
		assertThat(before.get(30, TimeUnit.SECONDS)).isEqualTo("old");
		assertThat(slow.get("k")).contains("new");
	}

	@Test
	void callersWaitingForAReadThatFailsReadForThemselves() throws Exception {
		var slow = new ExpiringCache<String, String>(Duration.ofSeconds(10), 3, this.clock, Duration.ofHours(1));
		CountDownLatch release = new CountDownLatch(1);
		CountDownLatch reading = new CountDownLatch(1);
		CompletableFuture<String> failing = inThread(() -> slow.get("k", () -> {
			reading.countDown();
			await(release);
			throw new IllegalStateException("database down");
		}));
		await(reading);
		AtomicReference<Thread> waiter = new AtomicReference<>();
		CompletableFuture<String> second = inThread(() -> {
			waiter.set(Thread.currentThread());
			return slow.get("k", () -> "own");
		});
		waitUntil(() -> waiter.get() != null && waiter.get().getState() == Thread.State.TIMED_WAITING);
		release.countDown();
		assertThat(second.get(30, TimeUnit.SECONDS)).isEqualTo("own");
		assertThatThrownBy(() -> failing.get(30, TimeUnit.SECONDS)).hasRootCauseMessage("database down");
	}

	/** On a thread of its own: the common pool may have a single thread on a two-core machine. */
	private static <T> CompletableFuture<T> inThread(Supplier<T> work) {
		CompletableFuture<T> result = new CompletableFuture<>();
		Thread thread = new Thread(() -> {
			try {
				result.complete(work.get());
			}
			catch (RuntimeException failure) {
				result.completeExceptionally(failure);
			}
		});
		thread.setDaemon(true);
		thread.start();
		return result;
	}

	@Test
	void aTransactionThatInvalidatedTheCacheReadsItsOwnChangesAndKeepsNothingUntilItEnds() {
		this.cache.put("k", "committed", this.cache.generation());
		TransactionSynchronizationManager.initSynchronization();
		try {
			this.cache.invalidateAll();
			assertThat(this.cache.get("k", () -> "uncommitted")).isEqualTo("uncommitted");
			assertThat(this.cache.get("k")).as("nothing kept while the transaction runs").isEmpty();
			assertThat(this.cache.get("k", () -> "uncommitted, again")).isEqualTo("uncommitted, again");
			TransactionSynchronizationManager.getSynchronizations()
				.forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
		}
		finally {
			TransactionSynchronizationManager.clearSynchronization();
		}
		assertThat(this.cache.get("k", () -> "after")).isEqualTo("after");
		assertThat(this.cache.get("k")).contains("after");
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException interrupted) {
			throw new IllegalStateException(interrupted);
		}
	}

	/** Spins (no sleep) until the condition holds; a test that never gets there fails after 30 s. */
	private static void waitUntil(BooleanSupplier condition) {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("condition reached within 30 s").isLessThan(deadline);
			Thread.onSpinWait();
		}
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
