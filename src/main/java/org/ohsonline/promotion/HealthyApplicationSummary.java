package org.ohsonline.promotion;

import java.math.BigDecimal;
import java.time.Instant;

/** A line of the applications list. */
public record HealthyApplicationSummary(long id, String employerName, String employerCreditCode, String regionCode,
		int year, ApplicationStatus status, BigDecimal selfPoints, BigDecimal reviewPoints, Integer mandatoryFailed,
		Boolean reviewPassed, Instant submittedAt, Instant decidedAt) {
}
