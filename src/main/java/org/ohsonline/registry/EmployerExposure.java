package org.ohsonline.registry;

import java.time.LocalDate;
import java.util.List;

/**
 * What a read model keeping one row per employer (the risk portrait) needs of the register, read in two
 * statements: the employer's duties, its industry and day of registration, the hazard factors of its posts
 * and the people exposed to them now.
 *
 * @param hazardCodes the factors of the employer's posts, by code, whether anyone holds such a post or not
 */
public record EmployerExposure(EmployerDuties duties, String industryCode, LocalDate registeredOn,
		List<String> hazardCodes, ExposedWorkforce exposed) {

	public EmployerExposure {
		hazardCodes = List.copyOf(hazardCodes);
	}

}
