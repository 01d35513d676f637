package org.ohsonline.testing;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import org.ohsonline.reference.LabourIntensity;

/**
 * One sample result as the laboratory reports it. Every result is kept, non-detects included.
 *
 * @param sampleNumber the agency's sample number, unique within the job
 * @param postId the post (register id) of the job's employer
 * @param pointName the sampling point
 * @param subject for personal sampling, the label of the worker sampled (the results of one subject
 * on one day make one shift exposure); empty for the post
 * @param factorCode the hazard factor (catalogue code)
 * @param limitCode the OEL row when the factor has several (e.g. {@code 1038-R-10} for respirable
 * silica dust with 10–50 % free SiO₂)
 * @param method the sampling and analysis method (e.g. {@code GBZ/T 300.66-2017})
 * @param mode personal or area sampling
 * @param start when sampling began
 * @param end when sampling ended
 * @param durationMinutes the exposure time this result stands for in the day's C_TWA (or L_EX,8h,
 * or time-weighted WBGT); {@code null}: the sampling time. Must be positive
 * @param value the concentration or level; {@code null} for a non-detect
 * @param unit the unit, which must be that of the limit (no conversion)
 * @param limitOfDetection the limit of detection, required for a non-detect
 * @param nonDetect whether the laboratory found nothing above its limit of detection
 * @param labourIntensity the labour intensity class, required for heat (WBGT) results
 */
public record ResultInput(String sampleNumber, Long postId, String pointName, String subject, String factorCode,
		String limitCode, String method, SamplingMode mode, LocalDateTime start, LocalDateTime end,
		BigDecimal durationMinutes, BigDecimal value, String unit, BigDecimal limitOfDetection, Boolean nonDetect,
		LabourIntensity labourIntensity) {
}
