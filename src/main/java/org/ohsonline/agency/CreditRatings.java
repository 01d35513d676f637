package org.ohsonline.agency;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

/**
 * Credit ratings (信誉等级 A/B/C and 1-5 stars) of agencies and institutions, computed from the platform's data
 * by the rule in force ({@code agency-rating-rules} catalog), dated and explained. Read within the actor's
 * scope ({@code agency:rating:read}: supervisors their region, an organisation its own); recomputing on demand
 * and adjusting need {@code agency:rating:adjust} and a region scope covering the organisation. The platform
 * recomputes every rating daily and an organisation's rating when its inputs change.
 */
public interface CreditRatings {

	/** The current rating of an organisation in scope; empty before its first computation. */
	Optional<RatingView> current(Actor actor, long agencyId);

	/** Earlier ratings of an organisation in scope, newest first. */
	List<RatingView> history(Actor actor, long agencyId);

	/** Current ratings in scope. */
	Page<RatingView> search(Actor actor, RatingFilter filter, PageQuery page);

	/** Streams every current rating matching the filter (exports). */
	void forEach(Actor actor, RatingFilter filter, Consumer<RatingView> consumer);

	/** Computes the organisation's rating now by the rule in force. */
	RatingView recompute(Actor actor, long agencyId);

	/** Adjusts the current rating's level and stars; the reason is required and audited. */
	RatingView adjust(Actor actor, long agencyId, RatingAdjustment adjustment);

	/** The published rating of an organisation: what the public directory shows (no scope). */
	Optional<RatingView> published(long agencyId);

}
