package org.ohsonline;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes the event publications whose listeners completed more than {@code ohs.events.keep-completed} ago (one day
 * by default), every ten minutes and a minute after a start. A completed publication is only the proof that a
 * listener ran; kept for ever, the table grew without bound (1.47 million rows, 625 MB, on the benchmark province), and
 * Spring Modulith's search for failed publications ({@link FailedEventRetries}, every five minutes) and the
 * administrator's home card read all of it: 4.3 s of database time, in the middle of issue 13's event stream.
 * Failed and incomplete publications are never deleted here (docs/operations.md).
 */
@Component
class CompletedEventPurge {

	private static final Logger log = LoggerFactory.getLogger(CompletedEventPurge.class);

	private final CompletedEventPublications completed;

	private final Duration keep;

	CompletedEventPurge(CompletedEventPublications completed,
			@Value("${ohs.events.keep-completed:P1D}") Duration keep) {
		this.completed = completed;
		this.keep = keep;
	}

	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT10M")
	@SchedulerLock(name = "completed-event-purge", lockAtMostFor = "9m")
	void purge() {
		log.debug("Deleting event publications completed more than {} ago", this.keep);
		this.completed.deletePublicationsOlderThan(this.keep);
	}

}
