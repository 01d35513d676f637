package org.ohsonline.shared;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * How many HTTP requests the application is serving now (counted by a filter around every request), and whether it
 * answered one a moment ago, so that background workers rest longer while users wait for answers
 * ({@link YieldingWorker}).
 */
public final class RequestsInProgress {

	/**
	 * How long after its last answer the application still counts as serving requests. Under a steady load there are
	 * moments with none in flight (at 567 requests a second, a few per second), and a worker that looked at one of
	 * them took the full batch of a calm machine: half a second of a core, in the middle of the load.
	 */
	static final Duration RECENT = Duration.ofSeconds(1);

	private static final AtomicInteger ACTIVE = new AtomicInteger();

	/** When the last request was answered ({@link System#nanoTime}); meaningless until {@link #answered}. */
	private static volatile long lastAnswer;

	private static volatile boolean answered;

	/** The clock of {@link #recently()}: {@link System#nanoTime}, or a test's. */
	static volatile LongSupplier nanoTime = System::nanoTime;

	private RequestsInProgress() {
	}

	/** A request begins; {@link #end()} must follow in a {@code finally}. */
	public static void begin() {
		ACTIVE.incrementAndGet();
	}

	/** The request has been answered. */
	public static void end() {
		ACTIVE.decrementAndGet();
		lastAnswer = nanoTime.getAsLong();
		answered = true;
	}

	/** Requests being served now. */
	public static int active() {
		return ACTIVE.get();
	}

	/** Whether requests are being served now, or one was answered within {@link #RECENT}. */
	public static boolean recently() {
		return ACTIVE.get() > 0 || (answered && nanoTime.getAsLong() - lastAnswer < RECENT.toNanos());
	}

}
