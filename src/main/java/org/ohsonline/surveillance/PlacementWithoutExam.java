package org.ohsonline.surveillance;

import java.time.LocalDate;
import java.util.List;

/**
 * A worker was placed on a post with hazard factors for which the register holds no pre-placement
 * exam (职业病防治法 Art. 35: no hazardous work without one). The pre-placement exam is listed due.
 */
public record PlacementWithoutExam(long workerId, long employerId, String regionCode, List<String> hazardCodes,
		LocalDate placedOn) {

	public PlacementWithoutExam {
		hazardCodes = List.copyOf(hazardCodes);
	}

}
