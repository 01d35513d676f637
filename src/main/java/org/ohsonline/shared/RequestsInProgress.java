package org.ohsonline.shared;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many HTTP requests the application is serving now (counted by a filter around every request), so that
 * background workers rest longer while users wait for answers ({@link YieldingWorker}).
 */
public final class RequestsInProgress {

	private static final AtomicInteger ACTIVE = new AtomicInteger();

	private RequestsInProgress() {
	}

	/** A request begins; {@link #end()} must follow in a {@code finally}. */
	public static void begin() {
		ACTIVE.incrementAndGet();
	}

	/** The request has been answered. */
	public static void end() {
		ACTIVE.decrementAndGet();
	}

	/** Requests being served now. */
	public static int active() {
		return ACTIVE.get();
	}

}
