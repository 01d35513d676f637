package org.ohsonline.registry;

import java.math.BigDecimal;
import java.util.List;

/** A post to add to a workshop, with its exposure pattern and hazard factor codes. */
public record PostCommand(String name, BigDecimal hoursPerDay, BigDecimal daysPerWeek, Integer exposedHeadcount,
		List<String> hazardCodes) {

	public PostCommand {
		hazardCodes = hazardCodes == null ? List.of() : List.copyOf(hazardCodes);
	}

}
