package org.ohsonline.diagnosis;

/**
 * What a pneumoconiosis rehabilitation station (尘肺病康复站) offers at a visit. A platform list:
 * the services the national rehabilitation-station programme names, not a regulatory code set.
 */
public enum RehabService {

	BREATHING_TRAINING, EXERCISE_TRAINING, OXYGEN_THERAPY, NEBULISATION, TCM_THERAPY, LUNG_FUNCTION_TEST,
	PSYCHOLOGICAL_SUPPORT, HEALTH_EDUCATION

}
