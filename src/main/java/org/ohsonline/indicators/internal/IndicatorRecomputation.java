package org.ohsonline.indicators.internal;

import org.ohsonline.shared.YieldingWorker;

import org.springframework.stereotype.Component;

/**
 * Recomputes the employers the events queued ({@link ReadModel#queue}), {@value #BATCH} at a time ({@value #BUSY_BATCH}
 * while listeners run or requests are served) with the rebuild's batch reads, as a {@link YieldingWorker}: the other
 * modules' listeners and the users' requests go first. Each event of another module used to recompute its employer on
 * the listeners' shared pool — a dozen facade reads per event — and at 200 register events a second that work alone
 * filled both cores, so every module's listener (the risk portraits') waited behind it. Now an event costs one insert;
 * the dashboard's figures follow within seconds when the machine is calm, later under a burst, and the queue is
 * persisted, so nothing is lost when the process stops.
 */
@Component
class IndicatorRecomputation extends YieldingWorker {

	static final String THREAD = "indicator-recompute";

	/**
	 * Employers per step: one set-based read per module for all of them. A step's cost grows with its employers (their
	 * current workforce read from the register: 1–3 ms each on the province), and a step begun on a calm machine runs
	 * to its end whatever arrives meanwhile: with 200 (reads of about 0.4 s, sampled) the first second of a burst of
	 * events was the slowest of issue 13's streams (docs/benchmarks.md); fifty hold a core for a quarter of that, at the
	 * same pace, the worker resting as long as each step took.
	 */
	static final int BATCH = 50;

	/**
	 * Employers per step while listeners run or requests are served ({@link #busy()}): twenty, so that the refreshes and
	 * requests waiting behind a step wait a few tens of milliseconds.
	 */
	static final int BUSY_BATCH = 20;

	private final ReadModel readModel;

	IndicatorRecomputation(ReadModel readModel) {
		super(THREAD, 2_000);
		this.readModel = readModel;
	}

	/** Queues the employer's recompute in the caller's transaction and wakes the worker when it commits. */
	void queue(long employerId, String cause) {
		this.readModel.queue(employerId, cause);
		wakeAfterCommit();
	}

	/** Queues every employer (a new definitions edition, severities recomputed) and wakes the worker when it commits. */
	void queueAll(String cause) {
		this.readModel.queueAll(cause);
		wakeAfterCommit();
	}

	@Override
	protected boolean step() {
		return this.readModel.recomputeQueued(busy() ? BUSY_BATCH : BATCH) > 0;
	}

}
