package org.ohsonline.agency;

import java.time.LocalDate;
import java.util.List;

import org.ohsonline.shared.Actor;

/**
 * The staff of an agency or institution in the actor's scope. Identity numbers are stored
 * encrypted with a blind index (one record per person and agency) and only ever shown masked.
 * Changes need {@code agency:staff:write}: supervisors in the region, or the organisation's own staff.
 */
public interface AgencyStaff {

	/** Current staff first, then those who left, each by name. */
	List<StaffView> staff(Actor actor, long agencyId);

	/** One staff member of an organisation in scope. */
	StaffView find(Actor actor, long staffId);

	StaffView add(Actor actor, long agencyId, StaffCommand command);

	StaffView change(Actor actor, long staffId, StaffCommand command);

	/** Records that the person left on the day; they stay on the list, marked as left. */
	StaffView leave(Actor actor, long staffId, LocalDate leftOn);

	/** Active staff of the agency holding the role (testing picks participants from them); no scope applied. */
	List<StaffView> active(long agencyId, StaffRole role);

}
