package org.ohsonline.testing;

import java.util.List;
import java.util.function.Consumer;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

/**
 * Testing and evaluation jobs within the actor's scope: an agency's staff see their own agency's
 * jobs, an employer's manager the employer's, supervisors their region's; records outside the scope
 * do not exist for the actor. Writes need {@code testing:job:write} (reviews
 * {@code testing:job:review}) and an agency scope; every write is audited in its transaction, and
 * every change of results judges the job again (stored per exposure, result and post).
 */
public interface TestingJobs {

	Page<JobSummary> search(Actor actor, JobFilter filter, PageQuery page);

	/** Streams every job matching the filter (for exports), in the filter's order. */
	void forEach(Actor actor, JobFilter filter, Consumer<JobSummary> consumer);

	JobView find(Actor actor, long id);

	/**
	 * Creates a draft job of the actor's agency.
	 * @throws JobRefusedException when the employer does not engage the agency or the agency's
	 * qualification does not cover the job
	 */
	JobView create(Actor actor, JobCommand command);

	/** Replaces a draft or returned job's header, participants, plan and mixtures (the employer stays). */
	JobView revise(Actor actor, long id, JobCommand command);

	/**
	 * Adds results to a draft or returned job: each valid result is stored, each invalid one refused
	 * with its reasons, and the job is judged again.
	 */
	ResultBatch addResults(Actor actor, long id, List<ResultInput> results);

	/** Removes a result from a draft or returned job (a wrong entry), judging the job again. */
	JobView removeResult(Actor actor, long id, long resultId);

	/** Submits a draft or returned job with at least one result for its technical review. */
	JobView submit(Actor actor, long id);

	/**
	 * Accepts a submitted job (a reviewer other than the person who submitted it): the job is
	 * reviewed, {@link TestingJobReviewed} is published and, for every post and factor judged
	 * 不符合, {@link ExposureNonCompliant}.
	 */
	JobView accept(Actor actor, long id);

	/** Returns a submitted job to its authors; the reason is required. */
	JobView giveBack(Actor actor, long id, String reason);

	/** EN 689 per similar exposure group (one factor at one post) of the job's chemical and dust results. */
	List<GroupStatistics> statistics(Actor actor, long id);

}
