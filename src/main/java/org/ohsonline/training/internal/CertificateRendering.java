package org.ohsonline.training.internal;

import java.util.Optional;

import org.ohsonline.training.CertificateIssued;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The certificate renderer: one background thread of low priority that renders, signs and registers the PDF of every
 * certificate still without one, oldest first. The queue is the certificates themselves — a certificate is issued
 * with {@code pdf} null ("PDF pending", valid at once) and the worker picks such rows up ({@code for update skip
 * locked}), so nothing is lost when the process is killed: the next start renders what was pending.
 * <p>
 * It yields to requests: after each certificate it rests as long as the rendering took, so it uses at most half of one
 * core however long the queue (200 passed papers a second on two cores: before, the listeners' pool rendered them all
 * at once and left nothing for the requests). It wakes when a submission that issued a certificate commits, and looks
 * again every {@link #POLL_MILLIS} ms anyway. A learner who asks for a pending PDF has it rendered on demand
 * ({@link Certificates#pdf}).
 * <p>
 * The thread has {@link Thread#MIN_PRIORITY}; on Linux the JVM honours it only with
 * {@code -XX:ThreadPriorityPolicy=1}, which is why the rest between certificates is what bounds it.
 */
@Component
class CertificateRendering implements SmartLifecycle {

	static final String THREAD = "certificate-renderer";

	static final long POLL_MILLIS = 5_000;

	private static final Logger log = LoggerFactory.getLogger(CertificateRendering.class);

	private final Certificates certificates;

	private final TransactionTemplate transactions;

	private final Object signal = new Object();

	private boolean woken;

	private volatile boolean running;

	private Thread thread;

	CertificateRendering(Certificates certificates, PlatformTransactionManager transactionManager) {
		this.certificates = certificates;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Wakes the worker once the transaction that issued the certificate has committed (not persisted: the row is). */
	@EventListener
	void on(CertificateIssued event) {
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

	void wake() {
		synchronized (this.signal) {
			this.woken = true;
			this.signal.notifyAll();
		}
	}

	/**
	 * Renders the oldest pending certificate that nobody else is rendering, in a transaction of its own.
	 *
	 * @return the certificate rendered, empty when none is pending
	 */
	Optional<Long> renderNext() {
		return this.transactions.execute(status -> this.certificates.renderNext());
	}

	/** Renders every pending certificate now, on the caller's thread (tests; the worker does it in turn). */
	int renderPending() {
		int rendered = 0;
		while (renderNext().isPresent()) {
			rendered++;
		}
		return rendered;
	}

	private void work() {
		while (this.running) {
			long started = System.nanoTime();
			Optional<Long> rendered;
			try {
				rendered = renderNext();
			}
			catch (RuntimeException ex) {
				log.warn("A certificate's PDF could not be rendered; tried again later", ex);
				rendered = Optional.empty();
			}
			long took = (System.nanoTime() - started) / 1_000_000;
			rest(rendered.isPresent() ? Math.max(1, took) : POLL_MILLIS, rendered.isPresent());
		}
	}

	/** Rests for the given time; a wake-up cuts short only the rest of an idle worker, never the yield after a PDF. */
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
		this.thread = new Thread(this::work, THREAD);
		this.thread.setDaemon(true);
		this.thread.setPriority(Thread.MIN_PRIORITY);
		this.thread.start();
	}

	/** Stops after the certificate being rendered, if any (a test stops it to see a certificate still pending). */
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

	/** Started after everything else (the database and its migrations), stopped first. */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 1;
	}

	/** The worker's thread while it runs (tests check its name and priority). */
	Optional<Thread> thread() {
		return Optional.ofNullable(this.thread);
	}

}
