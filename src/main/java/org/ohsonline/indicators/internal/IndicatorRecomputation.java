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

	/** Employers per step: one set-based read per module for all of them. */
	static final int BATCH = 200;

	/**
	 * Employers per step while listeners run or requests are served ({@link #busy()}): a step of 200 holds a core for
	 * about half a second on the province (its read of the current workforce), and the refreshes and requests queued
	 * behind it made the tail of issue 13's event → class latency; twenty hold it for a twentieth of that.
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
