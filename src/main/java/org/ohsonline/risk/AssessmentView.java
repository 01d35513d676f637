package org.ohsonline.risk;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of an employer's class history: what triggered the assessment and what it gave.
 *
 * @param triggerKind {@code EVENT}, {@code PERIODIC}, {@code NEW_EMPLOYER}, {@code FULL}, {@code OVERRIDE},
 * {@code OVERRIDE_LIFTED}, {@code SELF_INSPECTION}, {@code RECTIFICATION}, {@code MANUAL} or {@code INITIAL}
 * @param triggerDetail what exactly (an event's name, the reason of an override)
 * @param previousClass the class in force before, {@code null} for the first
 */
public record AssessmentView(long id, LocalDate assessedOn, Instant assessedAt, String triggerKind,
		String triggerDetail, HazardLevel hazardLevel, ManagementGrade grade, RiskClass computedClass,
		RiskClass riskClass, Light light, boolean overridden, String overrideReason, String actorName,
		RiskClass previousClass, String rulesEdition) {
}
