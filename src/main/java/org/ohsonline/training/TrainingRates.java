package org.ohsonline.training;

import java.util.List;
import java.util.function.Consumer;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PageQuery;

/**
 * Training rates (培训率), the figures the plans track (≥ 95 %): per employer and per region for the
 * principal leader, managers and workers. Denominators are the register's current workers and the people
 * the employer named; numerators those holding a certificate of a course for that audience valid today.
 */
public interface TrainingRates {

	EmployerRates ofEmployer(Actor actor, long employerId);

	/**
	 * The numerators and denominators of {@link #ofEmployer} (its three lines, without the names of those missing)
	 * for many employers at once, in a few statements whatever their number: a read model's rebuild reads a batch of
	 * employers with it instead of one call per employer. Every id asked is answered (an employer without workers or
	 * named people, or outside the actor's scope, has 0/0 lines).
	 */
	java.util.Map<Long, List<RateLine>> countsOf(Actor actor, java.util.Collection<Long> employerIds);

	/** The rates of a region inside the actor's scope ({@code null}: the whole scope), employers paged by name. */
	RegionRates ofRegion(Actor actor, String region, PageQuery page);

	/** Every employer row of {@link #ofRegion}, for the export. */
	void forEachEmployer(Actor actor, String region, Consumer<RegionRates.Row> consumer);

	/** Names the employer's principal leader or managers from its current workers (replacing that role's list). */
	EmployerRates name(Actor actor, long employerId, Audience role, List<Long> workerIds);

}
