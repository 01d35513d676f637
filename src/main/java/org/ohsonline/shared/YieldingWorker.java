package org.ohsonline.shared;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One background thread of low priority draining a persisted queue (rows waiting in the database, so nothing is lost
 * when the process is killed: the next start finds them), one step at a time, that yields to requests: after each step
 * that did work it rests as long as the step took, so it uses at most half of one core however long the queue, and
 * four times as long while event listeners are running ({@link ListenerThreads#active()}) or requests are being served
 * (now or within the last second: {@link RequestsInProgress#recently()}), so that a burst of events reaches its
 * listeners first, users' requests are answered first, and the worker still goes on at a fifth of its pace. It wakes
 * when a transaction that queued work commits ({@link #wakeAfterCommit}) and looks again every poll interval anyway.
 * Started after everything else (the database and its migrations), stopped first, after the step under way.
 * <p>
 * The thread has {@link Thread#MIN_PRIORITY}; on Linux the JVM honours it only with {@code -XX:ThreadPriorityPolicy=1},
 * which is why the rest after each step is what bounds it.
 */
public abstract class YieldingWorker implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(YieldingWorker.class);

	/** How much longer the worker rests after a step while event listeners are running. */
	static final int BUSY_FACTOR = 4;

	private final String threadName;

	private final long pollMillis;

	private final Object signal = new Object();

	private boolean woken;

	private volatile boolean running;

	private Thread thread;

	protected YieldingWorker(String threadName, long pollMillis) {
		this.threadName = threadName;
		this.pollMillis = pollMillis;
	}

	/** The worker thread's name (for its log lines). */
	protected final String threadName() {
		return this.threadName;
	}

	/**
	 * Does one step of the work (in a transaction of its own).
	 * @return whether there was anything to do
	 */
	protected abstract boolean step();

	/**
	 * How long to rest after a step that did work and took {@code tookMillis}: as long as it took (at most half of one
	 * core), four times as long while event listeners run or requests are served (they go first). A worker whose
	 * queue is on the path of a user's request (the risk portraits' refreshes) does not rest.
	 */
	protected long restAfter(long tookMillis) {
		return Math.max(1, tookMillis) * (busy() ? BUSY_FACTOR : 1);
	}

	/**
	 * Whether event listeners are running, or requests being served now or a moment ago: a worker rests longer after its
	 * step, and one whose step takes a batch takes a smaller one, so that it never holds a core for long while others
	 * wait.
	 */
	protected static boolean busy() {
		return ListenerThreads.active() > 0 || RequestsInProgress.recently();
	}

	/** The thread's priority: {@link Thread#MIN_PRIORITY} unless the worker says otherwise. */
	protected int priority() {
		return Thread.MIN_PRIORITY;
	}

	/** Wakes the worker once the current transaction commits (at once outside a transaction). */
	public void wakeAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					wake();
				}
			});
		}
		else {
			wake();
		}
	}

	public void wake() {
		synchronized (this.signal) {
			this.woken = true;
			this.signal.notifyAll();
		}
	}

	/** Does every step there is now, on the caller's thread (tests; the worker does them in turn). */
	public int drain() {
		int steps = 0;
		while (step()) {
			steps++;
		}
		return steps;
	}

	private void work() {
		while (this.running) {
			long started = System.nanoTime();
			boolean worked;
			try {
				worked = step();
			}
			catch (RuntimeException ex) {
				log.warn("{}: a step failed; tried again later", this.threadName, ex);
				worked = false;
			}
			long took = (System.nanoTime() - started) / 1_000_000;
			if (worked) {
				long rest = restAfter(took);
				if (rest > 0) {
					rest(rest, true);
				}
			}
			else {
				rest(this.pollMillis, false);
			}
		}
	}

	/** Rests for the given time; a wake-up cuts short only the rest of an idle worker, never the yield after a step. */
	private void rest(long millis, boolean yielding) {
		long until = System.currentTimeMillis() + millis;
		synchronized (this.signal) {
			if (!yielding && this.woken) {
				this.woken = false;
				return;
			}
			long left;
			while (this.running && (left = until - System.currentTimeMillis()) > 0) {
				try {
					this.signal.wait(left);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
				if (!yielding && this.woken) {
					break;
				}
			}
			if (!yielding) {
				this.woken = false;
			}
		}
	}

	@Override
	public synchronized void start() {
		if (this.running) {
			return;
		}
		this.running = true;
		this.thread = new Thread(this::work, this.threadName);
		this.thread.setDaemon(true);
		this.thread.setPriority(priority());
		this.thread.start();
	}

	/** Stops after the step under way, if any (a test stops it to see work still queued). */
	@Override
	public synchronized void stop() {
		if (!this.running) {
			return;
		}
		this.running = false;
		wake();
		try {
			this.thread.join(60_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.thread = null;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 1;
	}

	/** The worker's thread while it runs (tests check its name and priority). */
	public Optional<Thread> thread() {
		return Optional.ofNullable(this.thread);
	}

}
