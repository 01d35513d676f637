package org.ohsonline;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits for what an asynchronous event listener does. Listeners run on the shared task executor,
 * behind whatever earlier tests queued, so a probe may take a while on a busy two-core machine; a
 * probe that never succeeds fails the test with its last value instead of letting the test go on
 * with a state it did not expect.
 */
public final class Eventually {

	private static final Duration PATIENCE = Duration.ofSeconds(90);

	private Eventually() {
	}

	/** The probe's first value that is done; an assertion error after {@link #PATIENCE}. */
	public static <T> T eventually(Supplier<T> probe, Predicate<T> done) {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		T value = probe.get();
		while (!done.test(value)) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Still not done after " + PATIENCE.toSeconds() + " s; last value: " + value);
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError("Interrupted while waiting; last value: " + value, ex);
			}
			value = probe.get();
		}
		return value;
	}

}
