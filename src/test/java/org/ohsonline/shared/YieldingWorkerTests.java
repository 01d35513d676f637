package org.ohsonline.shared;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A background worker rests as long as its step took, and four times as long while event listeners run or requests
 * are being served, now or within the last second (when it is busy, and a worker that takes a batch takes a smaller
 * one). The requests' clock is the test's, hours past any request of another test or of an earlier test here.
 */
class YieldingWorkerTests {

	private static final AtomicLong HOURS = new AtomicLong();

	private final AtomicLong now = new AtomicLong(System.nanoTime() + HOURS.incrementAndGet() * 3_600_000_000_000L);

	@BeforeEach
	void ownClock() {
		RequestsInProgress.nanoTime = this.now::get;
	}

	@AfterEach
	void systemClock() {
		RequestsInProgress.nanoTime = System::nanoTime;
	}

	private final YieldingWorker worker = new YieldingWorker("test-worker", 1_000) {
		@Override
		protected boolean step() {
			return false;
		}
	};

	@Test
	void restsAsLongAsItsStepTookWhenNothingElseRuns() {
		assertThat(RequestsInProgress.active()).isZero();
		assertThat(this.worker.restAfter(30)).isEqualTo(30);
		assertThat(this.worker.restAfter(0)).isEqualTo(1);
	}

	@Test
	void restsFourTimesAsLongWhileARequestIsServed() {
		RequestsInProgress.begin();
		try {
			assertThat(this.worker.restAfter(30)).isEqualTo(30 * YieldingWorker.BUSY_FACTOR);
		}
		finally {
			RequestsInProgress.end();
		}
		this.now.addAndGet(RequestsInProgress.RECENT.toNanos());
		assertThat(this.worker.restAfter(30)).isEqualTo(30);
	}

	/** Under a steady load there are moments with no request in flight: they still count as busy for a second. */
	@Test
	void staysBusyForASecondAfterTheLastAnswer() {
		RequestsInProgress.begin();
		RequestsInProgress.end();
		assertThat(RequestsInProgress.active()).isZero();
		assertThat(YieldingWorker.busy()).isTrue();
		this.now.addAndGet(RequestsInProgress.RECENT.toNanos() - 1);
		assertThat(YieldingWorker.busy()).isTrue();
		this.now.addAndGet(1);
		assertThat(YieldingWorker.busy()).isFalse();
	}

	@Test
	void isBusyWhileARequestIsServedOrAListenerRunsSoThatABatchWorkerTakesASmallerBatch() {
		assertThat(YieldingWorker.busy()).isFalse();
		RequestsInProgress.begin();
		try {
			assertThat(YieldingWorker.busy()).isTrue();
		}
		finally {
			RequestsInProgress.end();
		}
		this.now.addAndGet(RequestsInProgress.RECENT.toNanos());
		assertThat(ListenerThreads.call(YieldingWorker::busy)).isTrue();
		assertThat(YieldingWorker.busy()).isFalse();
	}

	@Test
	void restsFourTimesAsLongWhileAListenerRuns() {
		long rest = ListenerThreads.call(() -> this.worker.restAfter(30));
		assertThat(rest).isEqualTo(30 * YieldingWorker.BUSY_FACTOR);
	}

}
