package org.ohsonline.agency;

import java.time.LocalDate;
import java.util.List;

import org.ohsonline.shared.Actor;

/**
 * Which employers engage which agency or institution, for what and for how long. Recording needs
 * {@code agency:engagement:write} on an organisation in scope.
 */
public interface Engagements {

	/** The organisation's engagements, newest first. */
	List<EngagementView> ofAgency(Actor actor, long agencyId);

	EngagementView add(Actor actor, long agencyId, EngagementCommand command);

	/** Ends an engagement early: its contract period then ends on the day. */
	EngagementView end(Actor actor, long engagementId, LocalDate endsOn);

	/** Organisations engaged by the employer for the service on the day ({@code null}: today); no scope applied. */
	List<AgencyRef> engagedBy(long employerId, ServiceType serviceType, LocalDate on);

}
