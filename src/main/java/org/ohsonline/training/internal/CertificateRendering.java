package org.ohsonline.training.internal;

import java.util.Optional;

import org.ohsonline.shared.YieldingWorker;
import org.ohsonline.training.CertificateIssued;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The certificate renderer: a {@link YieldingWorker} that renders, signs and registers the PDF of every certificate
 * still without one, oldest first. The queue is the certificates themselves — a certificate is issued with {@code pdf}
 * null ("PDF pending", valid at once) and the worker picks such rows up ({@code for update skip locked}), so nothing is
 * lost when the process is killed: the next start renders what was pending. It yields to requests (200 passed papers a
 * second on two cores: before, the listeners' pool rendered them all at once and left nothing for the requests). A
 * learner who asks for a pending PDF has it rendered on demand ({@link Certificates#pdf}).
 */
@Component
class CertificateRendering extends YieldingWorker {

	static final String THREAD = "certificate-renderer";

	static final long POLL_MILLIS = 5_000;

	private final Certificates certificates;

	private final TransactionTemplate transactions;

	CertificateRendering(Certificates certificates, PlatformTransactionManager transactionManager) {
		super(THREAD, POLL_MILLIS);
		this.certificates = certificates;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Wakes the worker once the transaction that issued the certificate has committed (not persisted: the row is). */
	@EventListener
	void on(CertificateIssued event) {
		wakeAfterCommit();
	}

	/**
	 * Renders the oldest pending certificate that nobody else is rendering, in a transaction of its own.
	 *
	 * @return the certificate rendered, empty when none is pending
	 */
	Optional<Long> renderNext() {
		return this.transactions.execute(status -> this.certificates.renderNext());
	}

	@Override
	protected boolean step() {
		return renderNext().isPresent();
	}

	/** Renders every pending certificate now, on the caller's thread (tests; the worker does it in turn). */
	int renderPending() {
		return drain();
	}

}
