package org.ohsonline.monitoring;

import java.time.LocalDate;

/**
 * A device to register at a post (boxed types: any may be missing in a request).
 *
 * @param code the device's public identifier (letters, digits, {@code . _ -}, 3–64 characters)
 * @param hazardCode the factor it measures, a code of the hazard-factor catalogue at the post
 * @param unit the unit it reports in; must be the unit of the factor's limit (no conversion)
 * @param dustFraction {@code total} or {@code respirable} for dust monitors
 * @param samplingSeconds seconds between readings; each reading stands for that long
 * @param rangeMin lowest value the device can measure; anything below is impossible
 * @param rangeMax highest value the device can measure; anything above is impossible
 * @param labourIntensity heat only: I–IV (GBZ 2.2-2007)
 * @param timeShare heat only: percent of the shift exposed, 25/50/75/100
 * @param hotOutdoor heat only: the outdoor ventilation design temperature is ≥ 30 °C
 */
public record DeviceCommand(String code, String name, Long employerId, Long postId, String hazardCode, String unit,
		String dustFraction, Integer samplingSeconds, Double rangeMin, Double rangeMax, LocalDate calibrationDue,
		String labourIntensity, Integer timeShare, Boolean hotOutdoor) {
}
