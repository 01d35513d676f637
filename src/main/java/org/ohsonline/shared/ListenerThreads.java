package org.ohsonline.shared;

/**
 * Marks the threads that run event listeners (the executors' tasks), so that their transactions can commit without
 * waiting for the disk (decision 0039): a listener's lost work is delivered again, a user's write is not.
 */
public final class ListenerThreads {

	private static final ThreadLocal<Boolean> LISTENER = new ThreadLocal<>();

	private static final java.util.concurrent.atomic.AtomicInteger ACTIVE = new java.util.concurrent.atomic.AtomicInteger();

	private ListenerThreads() {
	}

	/** The task, run as a listener's (a {@code TaskDecorator} for the listeners' executors). */
	public static Runnable mark(Runnable task) {
		return () -> call(() -> {
			task.run();
			return null;
		});
	}

	/** Runs the work as a listener's task (a worker draining a queue of events' work) and returns its result. */
	public static <T> T call(java.util.function.Supplier<T> work) {
		LISTENER.set(Boolean.TRUE);
		ACTIVE.incrementAndGet();
		try {
			return work.get();
		}
		finally {
			ACTIVE.decrementAndGet();
			LISTENER.remove();
		}
	}

	/** How many listeners' tasks are running now (background workers rest longer while there are any). */
	public static int active() {
		return ACTIVE.get();
	}

	/** Whether the current thread runs a listener's task. */
	public static boolean current() {
		return Boolean.TRUE.equals(LISTENER.get());
	}

}
