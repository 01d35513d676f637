package org.ohsonline.risk;

import java.time.LocalDate;

/** A line of the class list and of exports: the employer, its class in force and the counts behind it. */
public record PortraitSummary(long employerId, String creditCode, String name, String regionCode,
		HazardLevel hazardLevel, ManagementGrade grade, RiskClass riskClass, Light light, boolean overridden,
		LocalDate assessedOn, LocalDate nextDueOn, int exposed, int exceedances, int overdueTests, Double score,
		long openItems) {
}
