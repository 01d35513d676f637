package org.ohsonline.projects;

import java.util.List;
import java.util.function.Consumer;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

/**
 * Construction projects and their 三同时 stages. An employer's manager registers and advances the employer's own
 * projects ({@code projects:project:write}); readers see the projects in their scope ({@code projects:project:read}).
 * A project out of the reader's scope is answered as a missing one. Every change is audited in its transaction.
 */
public interface Projects {

	/**
	 * Registers a project of the actor's own employer; its hazard class comes from the risk directory in force on
	 * the registration day (the industry, the activity given and — for the directory's starred industries — whether
	 * the hazard factors include benzene, n-hexane, 1,2-dichloroethane or chloroform). The first stage starts then.
	 */
	ProjectView register(Actor actor, ProjectCommand command);

	ProjectView find(Actor actor, long id);

	Page<ProjectSummary> search(Actor actor, ProjectFilter filter, PageQuery page);

	void forEach(Actor actor, ProjectFilter filter, Consumer<ProjectSummary> consumer);

	/**
	 * The projects of one employer in the caller's scope, each as lists show it (current stage, overdue or not): for
	 * a read model that keeps a row per employer (the indicators) instead of a list search by credit code.
	 */
	List<ProjectSummary> ofEmployer(Actor actor, long employerId);

	/**
	 * {@link #ofEmployer} of many employers in one statement (a batch of a read model's rebuild): by employer id, each
	 * employer's projects in the caller's scope, oldest first; employers without one are absent.
	 */
	java.util.Map<Long, List<ProjectSummary>> ofEmployers(Actor actor, java.util.Collection<Long> employerIds);

	/** How many projects in scope match (the home cards count as the list counts). */
	long count(Actor actor, ProjectFilter filter);

	/**
	 * Completes the project's current stage and starts the next; refuses any other stage (the order is strict), a
	 * date before the stage started or in the future, an evaluation without the report of an agency qualified for
	 * it on that day, and a stage without a document. Completion acceptance completes the project and publishes
	 * {@link ProjectCompleted}.
	 */
	ProjectView record(Actor actor, long id, StageRecord record);

	/** Attaches a document (PDF, PNG or JPEG, recognised by content; size limited) to the current stage. */
	ProjectDocument attach(Actor actor, long id, String fileName, byte[] content);

	/** A document's bytes, to whoever may read the project. */
	DocumentDownload document(Actor actor, long id, long documentId);

	/** The service agencies qualified today for the evaluation of this stage (for the form's choice). */
	List<AgencyChoice> agenciesFor(Actor actor, long id);

	/** A service agency offered for an evaluation report. */
	record AgencyChoice(long id, String name, String creditCode) {
	}

}
