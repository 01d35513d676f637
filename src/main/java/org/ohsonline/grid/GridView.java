package org.ohsonline.grid;

import java.time.LocalDate;
import java.util.List;

/**
 * A grid with its townships, its employers' membership and its assignments, each with its dates (a period runs from
 * its first day up to the day before {@code to}; {@code to} null: still running).
 */
public record GridView(long id, String name, String countyCode, String note, boolean synthetic, List<Township> townships,
		List<Member> members, List<Assignment> assignments) {

	public GridView {
		townships = List.copyOf(townships);
		members = List.copyOf(members);
		assignments = List.copyOf(assignments);
	}

	/** A township the grid is drawn from. */
	@io.swagger.v3.oas.annotations.media.Schema(name = "GridTownship")
	public record Township(String code, LocalDate from, LocalDate to) {
	}

	/** An employer's period in the grid; {@code via} TOWNSHIP (drawn with its township) or LIST (named). */
	@io.swagger.v3.oas.annotations.media.Schema(name = "GridMember")
	public record Member(long id, long employerId, String creditCode, String employerName, String regionCode, String via,
			LocalDate from, LocalDate to) {

		public boolean current() {
			return this.to == null;
		}

	}

	/** A person's period on the grid. */
	@io.swagger.v3.oas.annotations.media.Schema(name = "GridAssignment")
	public record Assignment(long id, long userId, String userName, GridRole role, LocalDate from, LocalDate to) {

		public boolean current() {
			return this.to == null;
		}

	}

	/** The employers in the grid now. */
	public List<Member> currentMembers() {
		return this.members.stream().filter(Member::current).toList();
	}

	public List<Assignment> currentAssignments() {
		return this.assignments.stream().filter(Assignment::current).toList();
	}

}
