package org.ohsonline.training.internal;

import org.ohsonline.training.CertificateIssued;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Renders a certificate's PDF after the submission that made it has committed, in its own transaction: rendering and
 * signing take longer than the rest of a submission, and 200 submissions a second should not wait for them. The event
 * is kept until the PDF is registered, so a crash in between renders it on the next start.
 * <p>
 * An application module listener, but on a worker of its own with one thread ({@link #RENDERER}) instead of the
 * listeners' pool: at 200 passed papers a second the pool's eight threads all rendered, and two cores had nothing left
 * for the requests; one thread renders them in turn and the queue, kept by the event publication registry, waits.
 */
@Component
class CertificateRendering {

	static final String RENDERER = "certificateRenderer";

	private final Certificates certificates;

	CertificateRendering(Certificates certificates) {
		this.certificates = certificates;
	}

	@Async(RENDERER)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	@TransactionalEventListener
	void on(CertificateIssued event) {
		this.certificates.render(event.certificateId());
	}

	/** The renderer's single thread; the listeners' pool stays Spring Boot's (spring.task.execution.mode=force). */
	@Configuration(proxyBeanMethods = false)
	static class Renderer {

		@Bean(RENDERER)
		ThreadPoolTaskExecutor certificateRenderer() {
			ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
			executor.setCorePoolSize(1);
			executor.setMaxPoolSize(1);
			executor.setThreadNamePrefix("certificates-");
			return executor;
		}

	}

}
