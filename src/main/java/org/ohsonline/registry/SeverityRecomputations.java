package org.ohsonline.registry;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.ohsonline.reference.Severity;
import org.ohsonline.reference.SeverityQuestion;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

/**
 * Recomputations of every employer's hazard severity against the risk directory version in force,
 * run when a version is loaded or takes effect (and at start-up when the register was derived from
 * another version), each recorded with what it changed and audited. Administrators who load
 * catalogs ({@code reference:catalog:write}) read them; the changes are limited to their region.
 */
public interface SeverityRecomputations {

	/** The permission to read the runs: whoever may load a directory sees what loading it did. */
	String READ = "reference:catalog:write";

	/**
	 * A recorded run.
	 *
	 * @param changed employers whose class changed
	 * @param questionsChanged employers whose class stayed but whose open questions changed
	 * @param basisOnly employers whose class and questions stayed and only the basis was rewritten
	 * (e.g. the edition named in it)
	 * @param pending employers left on the stricter class until they answer
	 */
	record Run(long id, Instant startedAt, Instant finishedAt, String status, String trigger, String startedBy,
			String catalogEdition, int examined, int changed, int questionsChanged, int basisOnly, int pending,
			Long millis) {
	}

	/** One employer a run changed, as it was then. */
	record Change(long employerId, String creditCode, String employerName, String regionCode, String industryCode,
			Severity oldSeverity, Severity newSeverity, List<SeverityQuestion> oldQuestions,
			List<SeverityQuestion> newQuestions, String oldBasis, String newBasis) {
	}

	/**
	 * Recomputes every employer now against the directory in force, recorded and audited as any run;
	 * empty when a run is already going on (on this or another instance).
	 */
	Optional<Run> recompute(Actor actor);

	/** The runs, newest first. */
	List<Run> runs(Actor actor);

	Optional<Run> run(Actor actor, long id);

	/** The run's changes in the actor's region, by region and name. */
	Page<Change> changes(Actor actor, long runId, PageQuery page);

	/** Every change of the run in the actor's region, for the export. */
	void forEachChange(Actor actor, long runId, Consumer<Change> consumer);

}
