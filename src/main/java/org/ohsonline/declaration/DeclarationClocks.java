package org.ohsonline.declaration;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

/**
 * Declaration deadlines (申报办法 Arts. 8–9): the period per reason comes from the versioned
 * {@code declaration-deadlines} catalog in force when the clock starts. Clocks start by
 * themselves from registry events (registered, name/address/site/legal representative changed,
 * closed); other modules start them with {@link #start}.
 */
public interface DeclarationClocks {

	/**
	 * Starts a clock for a reason another module has seen — testing when new results differ from
	 * the declaration ({@code TEST_RESULTS_CHANGE}), projects on completion acceptance
	 * ({@code PROJECT_COMPLETION}), a supervisor or the employer for a process or material change
	 * ({@code PROCESS_CHANGE}). An open clock for the same employer and reason is kept instead (the
	 * earlier deadline stands). Needs {@code declaration:clock:write} and the employer in scope
	 * (the system actor has both).
	 * @return the clock, or empty when the catalog in force has no period for the reason
	 */
	Optional<ClockView> start(Actor actor, ClockStart start);

	Page<ClockView> search(Actor actor, ClockFilter filter, PageQuery page);

	void forEach(Actor actor, ClockFilter filter, Consumer<ClockView> consumer);

	/** The reasons and periods of the catalog in force today, by code. */
	List<DeclarationReason> reasons();

	/** The employer's clocks that are open or answered, earliest due first. */
	List<ClockView> pending(Actor actor, long employerId);

	/**
	 * {@link #pending} of many employers in one statement (a batch of a read model's rebuild): by employer id, each
	 * employer's open and answered clocks in the actor's scope, earliest due first; employers without one are absent.
	 */
	java.util.Map<Long, List<ClockView>> pendingOf(Actor actor, java.util.Collection<Long> employerIds);

}
