package org.ohsonline.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

/**
 * Workers (one record per person, 一人一档) and their employment. A worker is visible to an actor
 * whose scope covers one of the worker's employers (current or past), and to the worker themself.
 */
public interface Workers {

	WorkerView find(Actor actor, long id);

	/**
	 * The worker if the actor's scope reaches them, for another module checking one end of a link it
	 * makes (a diagnosis application, a booking): no register permission is needed, the calling module
	 * checks its own.
	 */
	Optional<WorkerView> inScope(Actor actor, long id);

	/** The record of a person-scoped actor (a worker who logged in), if the register has it. */
	Optional<WorkerView> own(Actor actor);

	/**
	 * The register id of the worker a person-scoped actor stands for. Knowing who one is needs no
	 * permission on the register (a token carrying only a module's read permission still finds its
	 * owner), and it can name no one else: the scope is the blind index of the actor's own identity.
	 */
	Optional<Long> ownId(Actor actor);

	/** Exact lookup by identity number through the blind index, within the actor's scope. */
	Optional<WorkerView> findByIdNumber(Actor actor, String idNumber);

	/**
	 * A worker who presents their identity number and name in person at an exam or diagnosis
	 * institution: when both match the register, the record opens to the institution for
	 * {@code ohs.registry.in-person-days} (an audited {@link GrantReason#IN_PERSON} grant). A name that
	 * does not match finds nobody, so the number alone never reveals a name. Other scopes find only
	 * workers they already see (and, when a name is given, only under that name).
	 */
	Optional<WorkerView> identify(Actor actor, String idNumber, String name);

	/**
	 * The workers of a national-exchange export page, in three statements whatever their number: each one in the
	 * actor's scope with the full identity number and the employments. Requires {@code registry:worker:read} and
	 * {@code registry:worker:reveal}; one audit entry ({@code registry.worker.id-revealed}) names them all. Workers
	 * outside the scope are left out.
	 */
	java.util.Map<Long, ExchangeWorker> forExchange(Actor actor, java.util.Collection<Long> ids);

	/** A worker as an exchange record writes them: the record, the full identity number, the employments. */
	record ExchangeWorker(WorkerView worker, String idNumber, List<EmploymentView> employments) {

		public ExchangeWorker {
			employments = List.copyOf(employments);
		}

	}

	/** The full identity number; requires {@code registry:worker:reveal} and is audited. */
	String revealIdNumber(Actor actor, long id);

	/**
	 * How many people are exposed at the employer now, in total and per hazard factor (see
	 * {@link ExposedWorkforce}): counts, no names, so reading the employer's profile is enough.
	 */
	ExposedWorkforce exposed(Actor actor, long employerId);

	/**
	 * The employer's duties, industry, hazard factors and {@link #exposed} together, as a read model refreshing one
	 * employer needs them (the risk portrait on every register event): two statements instead of a profile, a
	 * structure and three counts. Empty when the employer is not in the register or not in the actor's scope.
	 */
	Optional<EmployerExposure> exposure(Actor actor, long employerId);

	/**
	 * {@link #exposure} of many employers in two statements whatever their number (a batch of a read model's
	 * rebuild): by employer id, each employer of {@code employerIds} the register has in the actor's scope; the others
	 * are absent.
	 */
	java.util.Map<Long, EmployerExposure> exposureOf(Actor actor, java.util.Collection<Long> employerIds);

	/**
	 * The first part of {@link #exposure} alone, in one statement without counting anyone: for an event about the
	 * employer's own fields or status, which leaves its posts and people as they were. Empty as {@link #exposure}.
	 */
	Optional<EmployerProfile> profile(Actor actor, long employerId);

	/**
	 * The current workers exposed to the employer's hazard factors, by factor category (the leading digit of the
	 * factor's code in the national code table: 1 dust, 2 chemical, 3 physical, 4 biological, 5 radiation, 6 special
	 * operations, 9 other): per category the ids of the distinct workers holding a post with a factor of it, each
	 * worker once per category (a worker exposed to two dusts is one person under 1). Counted as {@link #exposed}
	 * counts people; ids only, no names. Empty map when the employer is not in the register or not in scope.
	 */
	java.util.Map<String, java.util.Set<Long>> exposedByCategory(Actor actor, long employerId);

	/**
	 * {@link #exposedByCategory} of many employers in one statement (a batch of a read model's rebuild): by employer
	 * id, each employer of {@code employerIds} in the actor's scope that has an exposed worker; the others are absent.
	 */
	java.util.Map<Long, java.util.Map<String, java.util.Set<Long>>> exposedByCategoryOf(Actor actor,
			java.util.Collection<Long> employerIds);

	/**
	 * The hazard factors and exposed workforce of every employer in scope that has a post with a factor or a current
	 * worker, in one pass over the register (the risk portraits of a whole province are built from it): the same
	 * figures as {@link #exposure} gives one employer, so that a portrait built in bulk equals one refreshed after an
	 * event.
	 */
	void forEachExposure(Actor actor, java.util.function.Consumer<EmployerHazards> consumer);

	/**
	 * Every worker working now for an employer in scope whose region starts with {@code regionPrefix}
	 * ({@code ""}: all in scope), ordered by employer, streamed: the denominators of rates by region.
	 */
	void forEachCurrent(Actor actor, String regionPrefix, java.util.function.Consumer<CurrentWorker> consumer);

	/**
	 * {@link #forEachCurrent} for the given employers (those in scope; a batch of a read model's rebuild): every
	 * worker working for one of them now, each pair once, in one statement. {@code name} is not read and is null.
	 */
	void forEachCurrentOf(Actor actor, java.util.Collection<Long> employerIds,
			java.util.function.Consumer<CurrentWorker> consumer);

	/**
	 * {@link #forEachCurrent} counted in the database: per employer in scope whose region starts with
	 * {@code regionPrefix}, its current workers and how many of them are among {@code workerIds} (the trained, for
	 * a rate), as {@code {current, among}}. Employers without a current worker are absent.
	 */
	java.util.Map<Long, long[]> currentCounts(Actor actor, String regionPrefix, java.util.Set<Long> workerIds);

	/** Workers employed at an employer now ({@code current}) or ever. */
	Page<EmploymentView> workforce(Actor actor, long employerId, boolean current, String q, PageQuery page);

	/**
	 * Registers the person if new and records the employment, in one transaction: nothing is
	 * written when either part is invalid.
	 */
	EmploymentView hire(Actor actor, HireCommand command);

	/**
	 * The rule violations the hire would meet, without writing anything (imports check every row
	 * first and write only after the user confirms).
	 */
	List<org.ohsonline.shared.InvalidInputException.FieldError> check(Actor actor, HireCommand command);

	EmploymentView leave(Actor actor, long employmentId, LocalDate leftOn);

	/**
	 * Moves a current employment to another post of the same employer ({@code null}: no post) from
	 * the day {@code changedOn} (not before the hire or the last change, not in the future). Audited,
	 * kept in the worker's exposure history, and published as {@link WorkerPostsChanged} in the same
	 * transaction. Needs {@code registry:worker:write} and the employer in scope.
	 */
	EmploymentView changePost(Actor actor, long employmentId, Long postId, LocalDate changedOn);

	/**
	 * Dispatches naming the employer as host that wait for its answer (its manager or a supervisor
	 * of its region reads them): the worker's name and the employer of record only.
	 */
	List<EmploymentView> pendingDispatches(Actor actor, long hostEmployerId);

	/**
	 * The host employer's answer to a dispatch: confirmed, the worker appears in its workforce and
	 * it sees their record; declined, never. Needs {@code registry:worker:write} on the host.
	 */
	EmploymentView answerDispatch(Actor actor, long employmentId, Boolean confirm);

	/**
	 * The worker's employments. An employer sees only those at itself (as employer of record or
	 * confirmed host) unless the worker lets it see their whole history ({@link #shareHistory}).
	 */
	List<EmploymentView> employments(Actor actor, long workerId);

	/**
	 * A worker lets one of their current employers see their employment and exposure history at
	 * other employers, or takes that back. Only the worker themself; audited.
	 */
	void shareHistory(Actor actor, Long employerId, Boolean share);

	/** The employers that the worker lets see their whole history. */
	java.util.Set<Long> historySharedWith(Actor actor, long workerId);

	List<ExposureView> exposures(Actor actor, long workerId);

}
