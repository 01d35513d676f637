package org.ohsonline.cdcmonitoring;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

/**
 * Tasks, surveys and quality control, within the actor's scope: a region user reaches the tasks of the counties in
 * its region (a county CDC its county's, the city CDC its counties'), an agency or institution only the tasks
 * assigned to it. A task out of scope does not exist for the actor.
 */
public interface MonitoringSurveys {

	Page<TaskView> tasks(Actor actor, TaskFilter filter, PageQuery page);

	/** Open tasks in scope: how many, and how many of them past their day. */
	TaskCounts counts(Actor actor);

	record TaskCounts(long open, long overdue) {
	}

	TaskView task(Actor actor, long taskId);

	/** The sampled employers of a task, by sequence. */
	List<SampledEmployer> sample(Actor actor, long taskId);

	/** The survey of a sampled employer, if entered. */
	Optional<SurveyView> survey(Actor actor, long sampledId);

	/**
	 * Enters the survey of a sampled employer of one of the actor's tasks (a county CDC for the tasks of its
	 * county's CDC, an agency for its own): every field checked against the form — type, range, required — and
	 * nothing saved when one fails, each failure named by its field. Once per sampled employer.
	 */
	SurveyView submit(Actor actor, long sampledId, Map<String, String> answers);

	/**
	 * Enters the surveys of several sampled employers of one task in one transaction: every entry checked as
	 * {@link #submit} checks one, and nothing saved when any is refused; each refusal names its row and field
	 * ({@code rows[<row>].<field>}). An employer not of the task's sample, surveyed already or twice in the batch is
	 * refused too.
	 */
	List<SurveyView> submitAll(Actor actor, long taskId, List<SurveyEntry> entries);

	/** Re-checks a survey that quality control picked: the values found again are compared field by field. */
	QcCheckView recheck(Actor actor, long surveyId, Map<String, String> answers);

	/** Resolves a disagreement of a re-check, with the decision and its reason. */
	QcCheckView resolve(Actor actor, long surveyId, QcResolution resolution);

}
