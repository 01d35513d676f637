package org.ohsonline.risk.internal;

import org.ohsonline.shared.ListenerThreads;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The risk module's listeners' own threads ({@link RiskListener}), {@code ohs.risk.listener-threads} of them (4):
 * enough to keep two cores busy while some wait for the database, few enough that a burst of events leaves the other
 * modules' listeners and the users' requests their share. Tasks are marked as listeners' so that their transactions
 * commit asynchronously, as the shared pool's do.
 */
@Configuration(proxyBeanMethods = false)
class RiskListenerExecutor {

	static final String NAME = "riskListeners";

	@Bean(NAME)
	ThreadPoolTaskExecutor riskListeners(@Value("${ohs.risk.listener-threads:4}") int threads) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(threads);
		executor.setMaxPoolSize(threads);
		executor.setThreadNamePrefix("risk-events-");
		executor.setTaskDecorator(ListenerThreads::mark);
		// Stopped with the context: a listener cut short leaves its publication incomplete, delivered again at start.
		executor.setWaitForTasksToCompleteOnShutdown(false);
		return executor;
	}

}
