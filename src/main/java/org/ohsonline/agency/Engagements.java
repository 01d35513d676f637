package org.ohsonline.agency;

import java.time.LocalDate;
import java.util.List;

import org.ohsonline.shared.Actor;

/**
 * Which employers engage which agency or institution, for what and for how long. The organisation
 * records an engagement ({@code agency:engagement:write} on an organisation in scope) as a proposal
 * that the employer accepts or declines ({@code agency:engagement:accept}, the employer's manager or
 * a supervisor of its region); one recorded by a supervisor of the employer's region stands accepted.
 * An accepted engagement opens the employer's profile and structure to the organisation for its
 * contract period (a registry grant), and only it counts as an engagement for jobs and exams.
 */
public interface Engagements {

	/** The organisation's engagements, newest first. */
	List<EngagementView> ofAgency(Actor actor, long agencyId);

	/**
	 * Engagements in the actor's scope — an employer's own, those of employers in a supervisor's
	 * region, an organisation's own — proposals first, then newest.
	 */
	List<EngagementView> list(Actor actor, EngagementStatus status);

	EngagementView add(Actor actor, long agencyId, EngagementCommand command);

	/** The employer (or a supervisor of its region) accepts a proposed engagement. */
	EngagementView accept(Actor actor, long engagementId);

	/** The employer (or a supervisor of its region) declines a proposed engagement. */
	EngagementView decline(Actor actor, long engagementId);

	/** Ends an engagement early: its contract period then ends on the day. */
	EngagementView end(Actor actor, long engagementId, LocalDate endsOn);

	/**
	 * Organisations whose accepted engagement by the employer for the service covers the day
	 * ({@code null}: today); no scope applied.
	 */
	List<AgencyRef> engagedBy(long employerId, ServiceType serviceType, LocalDate on);

	/**
	 * Makes the register's grants match the accepted engagements in force (after a bulk load, or for
	 * engagements recorded before grants existed). The platform's own job.
	 */
	void reconcileGrants(Actor actor);

}
