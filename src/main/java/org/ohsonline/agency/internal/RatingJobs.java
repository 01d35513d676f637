package org.ohsonline.agency.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Ratings recomputed on schedule (daily, once across instances: the window moves and qualifications expire)
 * and on events (an organisation's inputs changed), each organisation in its own transaction.
 */
@Component
class RatingJobs {

	private static final Logger log = LoggerFactory.getLogger(RatingJobs.class);

	private final RatingService ratings;

	RatingJobs(RatingService ratings) {
		this.ratings = ratings;
	}

	@Scheduled(cron = "${ohs.agency.rating-cron:0 15 3 * * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "agency.ratings", lockAtMostFor = "1h")
	void daily() {
		log.info("Agency ratings: {} organisations computed", rateAll("SCHEDULE"));
	}

	/** Computes every organisation's rating; the count of organisations. */
	int rateAll(String trigger) {
		int done = 0;
		for (long id : this.ratings.everyAgency()) {
			this.ratings.refresh(id, trigger);
			done++;
		}
		return done;
	}

	@ApplicationModuleListener
	void on(RatingInputsChanged event) {
		this.ratings.refresh(event.agencyId(), event.trigger());
	}

}
