package org.ohsonline.projects.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.ohsonline.reference.IndustrySeverities;
import org.ohsonline.reference.IndustrySeverity;
import org.ohsonline.reference.RiskDirectory;
import org.ohsonline.reference.Severity;
import org.ohsonline.reference.SeverityAnswers;
import org.ohsonline.reference.SolventUse;

import org.springframework.stereotype.Component;

/**
 * A project's hazard class from the risk classification directory (建设项目职业病危害风险分类管理目录, decision 0022):
 * the directory's own derivation ({@link RiskDirectory#classify}) with the project's answers — the activity where
 * the industry's group is split, and, for the starred industries, the solvent question answered by the project's
 * hazard factors: benzene, n-hexane, 1,2-dichloroethane or chloroform among them means the benzene-type
 * substances are used, none of them means they are not. No second table: the register and the projects read the
 * same directory.
 */
@Component
class ProjectClassifier {

	/** 苯, 正己烷, 1,2-二氯乙烷, 三氯甲烷 in the hazard factor catalogue (reference/hazard-factors-exchange-2021.csv). */
	static final Set<String> SOLVENT_FACTORS = Set.of("2013", "2376", "2091", "2261");

	private final IndustrySeverities severities;

	ProjectClassifier(IndustrySeverities severities) {
		this.severities = severities;
	}

	record Classified(Severity severity, boolean pending, String basis) {
	}

	Classified classify(String industryCode, String activityCode, List<String> factors, LocalDate on) {
		return classify(this.severities.directory(on), industryCode, activityCode, factors);
	}

	Optional<RiskDirectory.SplitGroup> activityQuestion(String industryCode) {
		return this.severities.directory().activityQuestion(industryCode);
	}

	static Classified classify(RiskDirectory directory, String industryCode, String activityCode, List<String> factors) {
		SolventUse solvents = factors.stream().anyMatch(SOLVENT_FACTORS::contains) ? SolventUse.USED : SolventUse.NOT_USED;
		SeverityAnswers answers = new SeverityAnswers(activityCode == null ? Set.of() : Set.of(activityCode), solvents);
		Optional<IndustrySeverity> found = directory.classify(industryCode, answers);
		String edition = directory.edition() == null ? "" : " [" + directory.edition() + "; " + directory.source() + "]";
		if (found.isEmpty()) {
			return new Classified(null, false, industryCode + ": not in the directory" + edition);
		}
		IndustrySeverity entry = found.get();
		return new Classified(entry.severity(), entry.pending(), industryCode + " → " + entry.industryCode()
				+ (entry.entryName() == null ? "" : " " + entry.entryName()) + " " + entry.severity() + " ("
				+ entry.decision() + (entry.decision() == org.ohsonline.reference.SeverityDecision.SOLVENTS
						? ", solvents " + solvents : "")
				+ ")" + edition);
	}

}
