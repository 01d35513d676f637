package org.ohsonline.agency;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;

/**
 * The register of service agencies and institutions, always within the actor's scope:
 * supervisors see those registered in their region, agency and institution staff only their own
 * organisation (scope value: its unified social credit code). Records outside the scope do not
 * exist for the actor. Registering and changing a qualification needs {@code agency:agency:write}
 * and a regional scope covering the organisation's region.
 */
public interface Agencies {

	Page<AgencySummary> search(Actor actor, AgencyFilter filter, PageQuery page);

	/** Streams every agency matching the filter (for exports), in the filter's order. */
	void forEach(Actor actor, AgencyFilter filter, Consumer<AgencySummary> consumer);

	AgencyView find(Actor actor, long id);

	AgencyView register(Actor actor, AgencyCommand command);

	AgencyView update(Actor actor, long id, AgencyCommand command);

	/** Suspends, resumes or revokes; a revoked qualification stays revoked. */
	AgencyView changeStatus(Actor actor, long id, AgencyStatus status);

	/** Replaces the qualification scope (hazards, job types, exam types with daily capacity). */
	AgencyView changeScope(Actor actor, long id, QualificationScope scope);

	/**
	 * The published directory of organisations of a kind that may work today: active, with a valid
	 * qualification, by name — what a worker choosing a diagnosis institution may know of each (no
	 * scope applied: the commission publishes this list).
	 */
	List<AgencySummary> directory(AgencyKind kind);

	/** An agency or institution by id, for other modules (no personal data, no scope applied). */
	Optional<AgencyRef> reference(long id);

	/** The organisations a staff user's scope stands for ({@code AGENCY} or {@code INSTITUTION}). */
	List<AgencyRef> ownedBy(Scope scope);

	/** Whether a service agency may do a job on a hazard category today. */
	default Qualification qualifiedFor(long agencyId, JobType jobType, String hazardCategory) {
		return qualifiedFor(agencyId, jobType, hazardCategory, null);
	}

	/**
	 * Whether a service agency may do a job of the type on the hazard category (a level 1 code of the
	 * hazard factor catalog) on the day ({@code null}: today): it must be an active service agency
	 * whose qualification is valid that day and whose scope covers both.
	 */
	Qualification qualifiedFor(long agencyId, JobType jobType, String hazardCategory, LocalDate on);

}
