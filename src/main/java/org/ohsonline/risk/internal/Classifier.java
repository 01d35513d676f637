package org.ohsonline.risk.internal;

import java.util.ArrayList;
import java.util.List;

import org.ohsonline.risk.ClassificationInputs;
import org.ohsonline.risk.FactorNature;
import org.ohsonline.risk.HazardLevel;
import org.ohsonline.risk.ManagementGrade;
import org.ohsonline.risk.Outcome;
import org.ohsonline.risk.RiskClass;
import org.ohsonline.risk.RuleStep;

/**
 * The classification itself, pure: inputs and one edition of the rules in, the outcome and the rule
 * path out (nothing is read or written, so every cell is tested without PostgreSQL).
 * <ol>
 * <li>factor nature: 严重 when a present factor is listed as serious (or, where the edition says so, when
 * the industry is 严重); compliance: 不符合 with an exceedance, or an overdue test where the edition
 * counts it; the headcount band of the exposed workers → hazard level Ⅰ/Ⅱ/Ⅲ from the matrix;</li>
 * <li>the self-inspection score → management grade A/B/C; none in force → C;</li>
 * <li>level × grade → class 甲/乙/丙 from the combining matrix;</li>
 * <li>downgrades (healthy enterprise, complete self-inspection) lower the class one step each, at most
 * the edition's maximum in total, never below 甲;</li>
 * <li>the light of the class.</li>
 * </ol>
 */
final class Classifier {

	private Classifier() {
	}

	static Outcome classify(RiskRules rules, ClassificationInputs in) {
		List<RuleStep> path = new ArrayList<>();
		FactorNature nature;
		if (!in.seriousFactors().isEmpty()) {
			nature = FactorNature.SERIOUS;
			path.add(step("risk.path.natureSeriousFactors", null, String.join("、", in.seriousFactors())));
		}
		else if (rules.natureFromIndustry() && in.industrySerious()) {
			nature = FactorNature.SERIOUS;
			path.add(step("risk.path.natureSeriousIndustry", "OPT-NATURE-FROM-INDUSTRY"));
		}
		else {
			nature = FactorNature.GENERAL;
			path.add(step("risk.path.natureGeneral", null));
		}
		boolean overdueCounts = rules.overdueIsNonCompliant() && in.overdueTests() > 0;
		boolean compliant = in.exceedances() == 0 && !overdueCounts;
		path.add(compliant ? step("risk.path.compliant", null, in.exceedances(), in.overdueTests())
				: step("risk.path.nonCompliant", overdueCounts ? "OPT-OVERDUE-NONCOMPLIANT" : null, in.exceedances(),
						in.overdueTests()));
		RiskRules.Band band = rules.band(in.exposed());
		path.add(step("risk.path.band", band.entryCode(), in.exposed(), band.number()));
		RiskRules.Cell<HazardLevel> level = rules.hazardCells().get(RiskRules.hazardKey(nature, compliant, band.number()));
		path.add(step("risk.path.hazardLevel", level.entryCode(), level.value()));
		ManagementGrade grade;
		if (in.score() == null) {
			grade = ManagementGrade.C;
			path.add(step("risk.path.noSelfInspection", null));
		}
		else {
			RiskRules.GradeBand band2 = rules.grade(in.score());
			grade = band2.grade();
			path.add(step("risk.path.grade", band2.entryCode(), format(in.score()), grade));
		}
		RiskRules.Cell<RiskClass> cell = rules.combinedCells().get(RiskRules.combinedKey(level.value(), grade));
		path.add(step("risk.path.combined", cell.entryCode(), level.value(), grade, cell.value()));
		RiskClass result = cell.value();
		int budget = Math.max(0, rules.maxDowngradeSteps());
		for (String condition : List.of("HEALTHY_ENTERPRISE", "SELF_INSPECTION_COMPLETE")) {
			boolean holds = condition.equals("HEALTHY_ENTERPRISE") ? in.healthyEnterprise()
					: in.selfInspectionComplete() && in.score() != null;
			var rule = rules.downgrade(condition);
			if (!holds || rule.isEmpty()) {
				continue;
			}
			int steps = Math.min(budget, rule.get().steps());
			RiskClass lowered = result.lower(steps);
			if (steps > 0 && lowered != result) {
				path.add(step("risk.path.downgrade." + condition, rule.get().entryCode(), result, lowered));
				budget -= steps;
				result = lowered;
			}
			else {
				path.add(step("risk.path.downgradeNone." + condition, rule.get().entryCode(), result));
			}
		}
		RiskRules.LightRule light = rules.lights().get(result);
		path.add(step("risk.path.light", light.entryCode(), result, light.light(), light.supervision()));
		return new Outcome(nature, compliant, band.number(), level.value(), grade, cell.value(), result, light.light(),
				light.supervision(), path);
	}

	private static RuleStep step(String key, String entry, Object... arguments) {
		List<String> args = new ArrayList<>();
		for (Object argument : arguments) {
			args.add(String.valueOf(argument));
		}
		return new RuleStep(key, args, entry);
	}

	static String format(double score) {
		return score == Math.rint(score) ? String.valueOf((long) score) : String.format(java.util.Locale.ROOT, "%.1f", score);
	}

}
