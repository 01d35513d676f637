package org.ohsonline.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A background worker rests as long as its step took, and four times as long while event listeners run or requests
 * are being served (when it is busy, and a worker that takes a batch takes a smaller one).
 */
class YieldingWorkerTests {

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
		assertThat(this.worker.restAfter(30)).isEqualTo(30);
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
		assertThat(ListenerThreads.call(YieldingWorker::busy)).isTrue();
		assertThat(YieldingWorker.busy()).isFalse();
	}

	@Test
	void restsFourTimesAsLongWhileAListenerRuns() {
		long rest = ListenerThreads.call(() -> this.worker.restAfter(30));
		assertThat(rest).isEqualTo(30 * YieldingWorker.BUSY_FACTOR);
	}

}
