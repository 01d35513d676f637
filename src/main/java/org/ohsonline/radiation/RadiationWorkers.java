package org.ohsonline.radiation;

import java.util.List;
import java.util.function.Consumer;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

/**
 * Radiation workers, radiation posts and the employer's radiation licence, always in the caller's scope:
 * supervisors and CDC staff their region, an employer's radiation manager their employer, a dosimetry service the
 * workers it monitors. Marking needs {@code radiation:worker:write} and the employer in scope; every change is
 * audited in the same transaction.
 */
public interface RadiationWorkers {

	Page<RadiationWorkerView> search(Actor actor, RadiationFilter filter, PageQuery page);

	void forEach(Actor actor, RadiationFilter filter, Consumer<RadiationWorkerView> consumer);

	RadiationWorkerView find(Actor actor, long id);

	/**
	 * Marks a worker of the employer's register as a radiation worker: refused with the reasons (nothing saved)
	 * when the person is not the employer's worker, the category unknown, the post not the employer's, the agency
	 * not an active service agency, or the worker marked already.
	 */
	RadiationWorkerView mark(Actor actor, RadiationWorkerCommand command);

	/** Ends the monitoring of a radiation worker on a day (left the radiation post). */
	RadiationWorkerView end(Actor actor, long id, java.time.LocalDate on);

	/** Marks a post of the employer as a radiation post with its category (again: changes the category). */
	RadiationPost markPost(Actor actor, long employerId, long postId, String categoryCode);

	List<RadiationPost> posts(Actor actor, long employerId);

	LicenceView saveLicence(Actor actor, long employerId, LicenceCommand command);

	java.util.Optional<LicenceView> licence(Actor actor, long employerId);

	/** The employer a caller with an employer scope acts for, if the register knows it. */
	java.util.Optional<Long> ownEmployer(Actor actor);

}
