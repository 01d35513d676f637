package org.ohsonline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Retries the event listeners that failed. Every publication is persisted before its listeners
 * run; a listener that throws (a deadlock, a database restart, a bug fixed since) leaves its
 * publication FAILED, and without this job it would wait for the next application restart. A
 * publication is retried once it is {@link #MIN_AGE} old, at most {@link #MAX_ATTEMPTS} times; after
 * that it stays FAILED in {@code event_publication} for an operator to look at.
 */
@Component
class FailedEventRetries {

	static final Duration MIN_AGE = Duration.ofMinutes(5);

	static final int MAX_ATTEMPTS = 10;

	private static final Logger log = LoggerFactory.getLogger(FailedEventRetries.class);

	private final FailedEventPublications failed;

	private final Clock clock;

	FailedEventRetries(FailedEventPublications failed, Clock clock) {
		this.failed = failed;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "PT5M", fixedDelayString = "PT5M")
	@SchedulerLock(name = "failed-event-retries", lockAtMostFor = "4m")
	void retry() {
		Instant now = this.clock.instant();
		log.debug("Retrying failed event publications older than {}", MIN_AGE);
		// The minimum age is also applied by the filter: the JDBC repository of Spring Modulith 2.0.5
		// ignores withMinAge for failed publications (spring-modulith#1943, fixed in 2.0.9).
		this.failed.resubmit(ResubmissionOptions.defaults()
			.withMinAge(MIN_AGE)
			.withBatchSize(100)
			.withMaxInFlight(10)
			.withFilter(due(now)));
	}

	/** Publications old enough to retry that have not used up their attempts. */
	static Predicate<EventPublication> due(Instant now) {
		Instant cutoff = now.minus(MIN_AGE);
		return publication -> !publication.isCompleted() && publication.getPublicationDate().isBefore(cutoff)
				&& publication.getCompletionAttempts() < MAX_ATTEMPTS;
	}

}
