package org.ohsonline.grid;

import java.util.List;

/**
 * What drawing or extending a grid did: the employers taken in, and those left out because another grid of the county
 * holds them (with that grid's name), so the user sees why.
 */
@io.swagger.v3.oas.annotations.media.Schema(name = "GridMembershipChange")
public record MembershipChange(long gridId, int added, List<Refusal> refused) {

	public MembershipChange {
		refused = List.copyOf(refused);
	}

	/**
	 * An employer not taken in and the grid that holds it. Serializable: the console shows the list after a redirect,
	 * as a flash attribute in the session, which is kept in the database.
	 */
	@io.swagger.v3.oas.annotations.media.Schema(name = "GridMembershipRefusal")
	public record Refusal(String creditCode, String employerName, String heldBy) implements java.io.Serializable {
	}

}
