package org.ohsonline.authorization;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ohsonline.TestUsers;
import org.ohsonline.grid.GridCommand;
import org.ohsonline.grid.GridFilter;
import org.ohsonline.grid.GridRole;
import org.ohsonline.grid.GridView;
import org.ohsonline.grid.Grids;
import org.ohsonline.grid.MembershipChange;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;

/**
 * The grid side of a world: a grid of the side's county drawn from a list holding the side's employer (whatever grid
 * held it before — the demo grids take whole townships — it moves out first), and on the home side a matrix inspector
 * assigned to it, whose appraisal sheet the routes name. The membership starts 30 days back, so ending it is possible;
 * the matrix sends an invalid day to the ending routes, which changes nothing.
 */
final class GridBuilder {

	private final Grids grids;

	private final TestUsers users;

	GridBuilder(Grids grids, TestUsers users) {
		this.grids = grids;
		this.users = users;
	}

	void build(SideBuilder.Spec spec, Map<String, String> v, boolean home) {
		Actor supervisor = SideBuilder.actor("grid", Scope.region(spec.county()), spec.county(), "grid:grid:read",
				"grid:grid:write", "grid:appraisal:read");
		long employer = Long.parseLong(v.get("employer"));
		LocalDate from = SideBuilder.today().minusDays(30);
		// The employer may sit in a demo grid drawn from its township: move it out of that one first.
		LocalDate start = from;
		for (var g : this.grids.search(supervisor, new GridFilter(null, spec.county(), null), new PageQuery(1, 200)).items()) {
			for (GridView.Member m : this.grids.find(supervisor, g.id()).currentMembers()) {
				if (m.employerId() == employer) {
					LocalDate on = m.from().isBefore(from) ? from : m.from().plusDays(1);
					this.grids.removeMember(supervisor, g.id(), m.id(), on);
					start = on.isAfter(start) ? on : start;
				}
			}
		}
		MembershipChange change = this.grids.create(supervisor, new GridCommand(spec.label() + "网格", spec.county(), null,
				List.of(), List.of(v.get("employer.creditCode")), start));
		GridView grid = this.grids.find(supervisor, change.gridId());
		v.put("grid", SideBuilder.id(grid.id()));
		v.put("grid.member", SideBuilder.id(grid.currentMembers().get(0).id()));
		if (home) {
			long person = this.users.ensure("mx-grid-inspector", "INSPECTOR", spec.county(), null).id();
			GridView assigned = this.grids.assign(supervisor, grid.id(), person, GridRole.INSPECTOR, from);
			v.put("grid.person", SideBuilder.id(person));
			v.put("grid.assignment", SideBuilder.id(assigned.currentAssignments().get(0).id()));
			// The matrix's grid assistant (column grid) is assigned to this grid: it sees it and nothing else.
			long assistant = this.users.ensure(MatrixRole.GRID.username, MatrixRole.GRID.role, spec.county(), null).id();
			this.grids.assign(supervisor, grid.id(), assistant, GridRole.ASSISTANT, from);
		}
	}

	static Set<String> keys() {
		return Set.of("grid", "grid.member", "grid.person", "grid.assignment");
	}

}
