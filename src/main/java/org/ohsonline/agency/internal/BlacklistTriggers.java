package org.ohsonline.agency.internal;

import org.ohsonline.agency.AgencyRated;
import org.ohsonline.agency.AgencyStatus;
import org.ohsonline.agency.BlacklistTrigger;
import org.ohsonline.agency.CreditLevel;
import org.ohsonline.agency.RatingStatus;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The listed triggers that propose a blacklist entry for a supervisor to confirm: a revoked qualification, a rating
 * computed at level C. A status change also recomputes the rating (the qualification indicator follows it).
 */
@Component
class BlacklistTriggers {

	private final BlacklistService blacklist;

	private final RatingService ratings;

	BlacklistTriggers(BlacklistService blacklist, RatingService ratings) {
		this.blacklist = blacklist;
		this.ratings = ratings;
	}

	@ApplicationModuleListener
	void on(AgencyStatusChanged event) {
		if (event.status() == AgencyStatus.REVOKED) {
			this.blacklist.proposeOnTrigger(event.agencyId(), BlacklistTrigger.QUALIFICATION_REVOKED);
		}
		this.ratings.refresh(event.agencyId(), "STATUS");
	}

	@ApplicationModuleListener
	void on(AgencyRated event) {
		if (event.status() == RatingStatus.RATED && event.level() == CreditLevel.C) {
			this.blacklist.proposeOnTrigger(event.agencyId(), BlacklistTrigger.RATING_C);
		}
	}

}
