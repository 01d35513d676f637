package org.ohsonline.grid;

/** A person assigned to a grid on a quarter's reference day, for the list of appraisal sheets. */
public record AssignedPerson(long userId, String userName, GridRole role, long gridId, String gridName,
		String countyCode) {
}
