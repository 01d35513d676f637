package org.ohsonline.risk;

import java.time.LocalDate;
import java.util.List;

/**
 * An employer's class in force with its explanation: the inputs, the rule path and the catalog
 * edition that produced it, an override where a supervisor set one, and what-ifs.
 *
 * @param computedClass the class the rules give
 * @param riskClass the class in force: the computed one, or the override
 * @param supervision the supervision level (Ⅰ/Ⅱ/Ⅲ) that the light stands for
 * @param nextDueOn the latest day of the next reassessment (every 3 years by default)
 */
public record Classification(long employerId, long assessmentId, HazardLevel hazardLevel, ManagementGrade grade,
		RiskClass computedClass, RiskClass riskClass, Light light, String supervision, boolean overridden,
		String overrideReason, LocalDate assessedOn, LocalDate nextDueOn, String rulesEdition,
		ClassificationInputs inputs, List<RuleStep> path, List<WhatIf> whatIf) {

	public Classification {
		path = List.copyOf(path);
		whatIf = List.copyOf(whatIf);
	}

}
