package org.ohsonline.cdcmonitoring;

import java.util.List;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

/**
 * The CDC's monitoring projects, always within the actor's scope: a region user sees the projects of its region
 * and those with a target in it (a county CDC the city's project its county takes part in); an agency or exam
 * institution the projects it has a task of. Creating, drawing and assigning need
 * {@code cdcmonitoring:project:write} and a region scope covering the project.
 */
public interface MonitoringProjects {

	Page<ProjectSummary> search(Actor actor, ProjectFilter filter, PageQuery page);

	/** Creates a project in the actor's region with its targets per county of that region. */
	ProjectView create(Actor actor, ProjectCommand command);

	ProjectView find(Actor actor, long id);

	/**
	 * Draws the project's sample from the register, once: per county, up to its target, among the employers in
	 * production of the project's industries exposing workers to one of its hazards (algorithm
	 * {@code OHS-CDC-SAMPLE-1}, docs/cdc-monitoring.md).
	 */
	DrawView draw(Actor actor, long id);

	/** The published inputs file of the project's draw. */
	String inputs(Actor actor, long id);

	/** Assigns (or reassigns, while no survey is in) a county's task. */
	TaskView assign(Actor actor, long projectId, TaskCommand command);

	/** The organisations of the project's kind that may take its tasks today (qualified, not blacklisted). */
	List<org.ohsonline.agency.AgencyRef> assignable(Actor actor, long projectId);

	/** Progress by county against the targets, for the counties in the actor's scope. */
	Progress progress(Actor actor, long projectId);

	/** The fields of the project's form, from the catalog version it was created with. */
	List<FormField> form(Actor actor, long projectId);

	/**
	 * Changes a project until it is closed: its name, due day and the workers and points of its targets always;
	 * its industries, hazards, re-check share and counties and employers to survey only until the sample is drawn
	 * (the draw publishes them). Year and kind never change. Audited with what it was and what it is.
	 */
	ProjectView update(Actor actor, long id, ProjectCommand command);

	/**
	 * Closes a project, with the reason: no more entries, re-checks or resolutions; its summary by county is frozen
	 * as it stands and issued as a signed PDF (the portal's register of documents). Refused while a re-check
	 * disagreement is open.
	 */
	ProjectView close(Actor actor, long id, String note);

	/** The signed summary PDF of a closed project in the actor's scope. */
	byte[] summaryPdf(Actor actor, long id);

	/** The public account of a project's draw, for anyone to redo it; empty until it is drawn. */
	java.util.Optional<PublishedDraw> published(long id);

}
