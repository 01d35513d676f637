package org.ohsonline.risk;

import java.util.List;

/**
 * What the rules give for a set of inputs: the hazard level, the management grade, the class before
 * and after downgrades, the light, and the rule path.
 *
 * @param supervision the supervision level (Ⅰ simplified, Ⅱ routine, Ⅲ key) the light stands for
 */
public record Outcome(FactorNature nature, boolean compliant, int band, HazardLevel hazardLevel,
		ManagementGrade grade, RiskClass matrixClass, RiskClass riskClass, Light light, String supervision,
		List<RuleStep> path) {

	public Outcome {
		path = List.copyOf(path);
	}

}
