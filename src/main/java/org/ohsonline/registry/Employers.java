package org.ohsonline.registry;

import java.util.List;
import java.util.function.Consumer;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

/**
 * The employer register, always within the actor's scope: supervisors see their region, an
 * employer's manager only their employer; an agency or institution the employers that a grant in
 * force opens to it ({@link AccessGrants}: profile and structure, never workers or writes). Records
 * outside the scope do not exist for the actor.
 */
public interface Employers {

	Page<EmployerSummary> search(Actor actor, EmployerFilter filter, PageQuery page);

	/** Streams every employer matching the filter (for exports), in the filter's order. */
	void forEach(Actor actor, EmployerFilter filter, Consumer<EmployerSummary> consumer);

	EmployerView find(Actor actor, long id);

	/**
	 * The employer if the actor's scope (or a grant in force) reaches it, for another module
	 * checking one end of a link it makes (a testing job for an employer): no register permission is
	 * needed, the calling module checks its own.
	 */
	java.util.Optional<EmployerView> inScope(Actor actor, long id);

	/**
	 * The employer's duties: whether it has hazards and since when its duties run (see
	 * {@link EmployerDuties}); for the clocks of other modules.
	 */
	EmployerDuties duties(Actor actor, long id);

	/** Streams {@link #duties} of every employer in scope, by id (the clocks' daily synchronisation). */
	void forEachDuties(Actor actor, Consumer<EmployerDuties> consumer);

	/**
	 * The employer with this unified social credit code, as the public business register names it
	 * (no scope: the code, name and region are printed on the employer's licence).
	 */
	java.util.Optional<EmployerRef> byCreditCode(String creditCode);

	/**
	 * The employers registered in the townships (9-digit region codes) and not closed, within the actor's
	 * jurisdiction, by id: an area drawn from townships (grid supervision) takes them in. Townships outside the
	 * actor's region scope give none; the calling module checks its own permission.
	 */
	List<EmployerRef> inTownships(Actor actor, java.util.Collection<String> townshipCodes);

	/**
	 * {@link #byCreditCode} for an employer known by its register id (an employment names its employer by
	 * id): the same public licence facts, no scope.
	 */
	java.util.Optional<EmployerRef> refOf(long id);

	/**
	 * The rule violations registering the employer would meet, without writing anything (imports
	 * check every row first and write only after the user confirms).
	 */
	List<org.ohsonline.shared.InvalidInputException.FieldError> check(Actor actor, EmployerCommand command);

	/** Registers an employer; requires a region scope covering its region. */
	EmployerView register(Actor actor, EmployerCommand command);

	EmployerView update(Actor actor, long id, EmployerCommand command);

	EmployerView changeStatus(Actor actor, long id, EmployerStatus status);

	List<StructureViews.Site> structure(Actor actor, long employerId);

	StructureViews.Site addSite(Actor actor, long employerId, String name, String address, String industryCode);

	StructureViews.Workshop addWorkshop(Actor actor, long siteId, String name);

	StructureViews.Post addPost(Actor actor, long workshopId, PostCommand command);

}
