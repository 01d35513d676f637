package org.ohsonline.grid;

/** A person assigned to a grid on a quarter's reference day, for the list of appraisal sheets. */
@io.swagger.v3.oas.annotations.media.Schema(name = "GridAssignedPerson")
public record AssignedPerson(long userId, String userName, GridRole role, long gridId, String gridName,
		String countyCode) {
}
