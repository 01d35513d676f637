package org.ohsonline.projects;

import java.util.List;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

/**
 * Supervisory verification of completion acceptances (监督核查, Law Art. 18 para. 4): per region and finished quarter,
 * the projects whose completion acceptance fell in it are frozen into an inputs file and drawn by algorithm
 * {@code OHS-VERIFY-1} — every 严重 project and every project the directory does not list, and of the 一般 ones the
 * share of the {@code project-supervision} catalog in force (at least 30 %) — reproducibly; inspectors in scope
 * record each drawn project's verification with its findings.
 */
public interface Verifications {

	/** Draws the round of a region in the actor's scope for a finished quarter ({@code 2026Q3}); one round each. */
	RoundView draw(Actor actor, String region, String period);

	Page<RoundSummary> rounds(Actor actor, String region, PageQuery page);

	RoundView round(Actor actor, long id);

	/** The round's frozen inputs file, whose SHA-256 is the round's inputs digest. */
	String inputs(Actor actor, long id);

	/** Records the verification of a drawn line; the line's project and round must both lie in the actor's scope. */
	VerificationLine record(Actor actor, long lineId, VerificationRecord record);

	/** Drawn lines in scope not yet verified, oldest round first (the inspector's home card). */
	List<VerificationLine> pending(Actor actor, int limit);

	long pendingCount(Actor actor);

	/** The verification lines of a project, newest first. */
	List<VerificationLine> ofProject(Actor actor, long projectId);

}
