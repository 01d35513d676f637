package org.ohsonline.registry;

import java.util.List;

/**
 * An employer's hazard factors and the people exposed to them now, as {@link Workers#forEachExposure} delivers them
 * for a whole province: the same figures as {@link EmployerExposure} without the employer's own fields.
 *
 * @param hazardCodes the factors of its posts, held or not, each once, in code order
 * @param exposed its current workforce and the people exposed, in total and per factor
 */
public record EmployerHazards(long employerId, List<String> hazardCodes, ExposedWorkforce exposed) {

	public EmployerHazards {
		hazardCodes = List.copyOf(hazardCodes);
	}

}
