package org.ohsonline.grid;

import java.time.LocalDate;
import java.util.List;

import org.ohsonline.iam.StaffMember;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

/**
 * The grids of a jurisdiction (网格化监管). A supervisor sees and draws the grids of the counties in their scope; a grid
 * assistant sees only the grids assigned to them. A grid out of reach is answered as a missing one. Writes are
 * checked (a grid of one county takes no employer or township of another, an employer is in at most one grid of its
 * county at a time, an assignment names only a person whose scope covers the grid) and audited.
 */
public interface Grids {

	Page<GridSummary> search(Actor actor, GridFilter filter, PageQuery page);

	GridView find(Actor actor, long id);

	/** Draws a grid; employers another grid holds are left out and listed in the answer. */
	MembershipChange create(Actor actor, GridCommand command);

	/** Adds a township from a day on, with its employers not in another grid of the county. */
	MembershipChange addTownship(Actor actor, long gridId, String townshipCode, LocalDate from);

	/** Adds an employer by credit code from a day on; refused with the reason when another grid holds it. */
	MembershipChange addEmployer(Actor actor, long gridId, String creditCode, LocalDate from);

	/** The employer leaves the grid: its membership ends the day before {@code on}. */
	GridView removeMember(Actor actor, long gridId, long memberId, LocalDate on);

	/** Assigns a person in a role from a day on. */
	GridView assign(Actor actor, long gridId, long userId, GridRole role, LocalDate from);

	/** Ends an assignment: it runs up to the day before {@code on}. */
	GridView endAssignment(Actor actor, long gridId, long assignmentId, LocalDate on);

	/** The persons who may be assigned to the grid in the role: the role's holders whose scope covers the grid. */
	List<StaffMember> assignable(Actor actor, long gridId, GridRole role);

}
