package org.ohsonline.registry;

import java.util.Map;

/**
 * The people exposed to hazard factors at an employer now, counted as people: the current workers
 * (its employees and the workers dispatched to it once it confirmed) holding a post with hazard
 * factors. A worker exposed to three factors counts once in {@code total} and once under each factor.
 *
 * @param workforce the current workers, exposed or not
 * @param total the distinct workers exposed to at least one factor
 * @param byHazard per hazard factor code, the distinct workers exposed to it
 */
public record ExposedWorkforce(int workforce, int total, Map<String, Integer> byHazard) {

	public ExposedWorkforce {
		byHazard = Map.copyOf(byHazard);
	}

	public int of(String hazardCode) {
		return this.byHazard.getOrDefault(hazardCode, 0);
	}

}
