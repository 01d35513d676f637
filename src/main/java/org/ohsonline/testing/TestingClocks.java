package org.ohsonline.testing;

import java.util.List;
import java.util.function.Consumer;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

/**
 * Validity clocks (工作场所职业卫生管理规定 Art. 20): for every employer in production with a hazard
 * factor at one of its posts, when its next testing is due (yearly for serious hazards, every three
 * years otherwise) and, for serious hazards, its next status evaluation (every three years). A
 * reviewed job resets the clock; with no job on record the interval runs from the employer's start of
 * production (or its registration when that is unknown), so an employer never tested is overdue once
 * one interval has passed since it started. The intervals come from the {@code testing-frequency}
 * catalog in force. Queries apply the actor's scope.
 */
public interface TestingClocks {

	/** Clocks in scope, earliest due first. */
	Page<ValidityClockView> search(Actor actor, ValidityClockFilter filter, PageQuery page);

	/** Every clock the filter selects, streamed (exports). */
	void forEach(Actor actor, ValidityClockFilter filter, Consumer<ValidityClockView> consumer);

	/** One employer's clocks (its page), empty when the employer is outside the actor's scope. */
	List<ValidityClockView> ofEmployer(Actor actor, long employerId);

	/**
	 * {@link #ofEmployer} of many employers in one statement (a batch of a read model's rebuild): by employer id, each
	 * employer's clocks in the actor's scope, earliest due first; employers without one (or outside the scope) are
	 * absent, and the map is empty for an actor who may not read clocks.
	 */
	java.util.Map<Long, List<ValidityClockView>> ofEmployers(Actor actor, java.util.Collection<Long> employerIds);

}
