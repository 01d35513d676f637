package org.ohsonline.registry.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.ohsonline.reference.IndustrySeverities;
import org.ohsonline.reference.IndustrySeverity;
import org.ohsonline.reference.RiskDirectory;
import org.ohsonline.reference.Severity;
import org.ohsonline.reference.SeverityAnswers;
import org.ohsonline.reference.SeverityQuestion;
import org.ohsonline.reference.SizeClass;
import org.ohsonline.reference.SizeClasses;

import org.springframework.stereotype.Component;

/**
 * What the register derives rather than asks for: the size class from headcount and revenue, and
 * the hazard severity from the industries of the employer and its sites (the higher class wins,
 * DOMAIN.md; the 2021 directory's "子单元行业不同的，按较高类别确定"), each from the reference catalogs in force.
 */
@Component
class Derivations {

	private final SizeClasses sizes;

	private final IndustrySeverities severities;

	Derivations(SizeClasses sizes, IndustrySeverities severities) {
		this.sizes = sizes;
		this.severities = severities;
	}

	/**
	 * A severity, a sentence saying which directory entries decided it, and the questions still open
	 * that keep it on the stricter class (only those whose answer could lower it: a question about one
	 * site does not matter when another site is 严重 anyway).
	 */
	record Derived(Severity severity, String basis, List<SeverityQuestion> questions) {
	}

	SizeClass sizeClass(String industryCode, int employees, Long revenue) {
		return this.sizes.classify(industryCode, employees, revenue).orElse(null);
	}

	RiskDirectory directory() {
		return this.severities.directory();
	}

	Derived severity(String industryCode, List<String> siteIndustries, SeverityAnswers answers) {
		return severity(directory(), industryCode, siteIndustries, answers);
	}

	/** The employer's row with its size class and severity derived again. */
	EmployerStore.Row derive(EmployerStore.Row row, List<String> siteIndustries) {
		Derived severity = severity(row.industryCode(), siteIndustries, row.answers());
		return row.withDerived(sizeClass(row.industryCode(), row.employees(), row.annualRevenue()), severity);
	}

	/** Pure: the same directory and inputs give the same answer, so bulk runs cache it. */
	static Derived severity(RiskDirectory directory, String industryCode, List<String> siteIndustries,
			SeverityAnswers given) {
		SeverityAnswers answers = given == null ? SeverityAnswers.none() : given;
		List<String> codes = new ArrayList<>();
		codes.add(industryCode);
		siteIndustries.stream().filter(code -> code != null && !codes.contains(code)).forEach(codes::add);
		Severity result = null;
		Severity lenient = null;
		Set<SeverityQuestion> open = new LinkedHashSet<>();
		List<String> reasons = new ArrayList<>();
		boolean unverified = false;
		for (String code : codes) {
			Optional<IndustrySeverity> found = directory.classify(code, answers);
			if (found.isEmpty()) {
				reasons.add(code + ": not in the directory");
				continue;
			}
			IndustrySeverity entry = found.get();
			result = result == null ? entry.severity() : Severity.higher(result, entry.severity());
			lenient = lenient == null ? entry.lenient() : Severity.higher(lenient, entry.lenient());
			if (entry.pending()) {
				open.add(entry.question());
			}
			unverified |= !entry.verified();
			reasons.add(code + " → " + entry.industryCode() + (entry.entryName() == null ? "" : " " + entry.entryName())
					+ " " + entry.severity() + how(entry, answers));
		}
		// A question matters only if the most lenient answers would give a lower class.
		List<SeverityQuestion> questions = result != null && lenient != result ? List.copyOf(open) : List.of();
		String basis = String.join("; ", reasons);
		if (directory.edition() != null) {
			basis += " [" + directory.edition() + (unverified ? ", unverified" : "") + "; " + directory.source() + "]";
		}
		return new Derived(result, basis, questions);
	}

	private static String how(IndustrySeverity entry, SeverityAnswers answers) {
		return switch (entry.decision()) {
			case LISTED -> "";
			case CLASS -> " (by its GB/T 4754 class)";
			case ACTIVITY -> " (activity given)";
			case SOLVENTS -> answers.solventUse() == org.ohsonline.reference.SolventUse.NOT_USED
					? " (no benzene-type adhesives, cleaners, inks or paints)"
					: " (benzene-type adhesives, cleaners, inks or paints used)";
			case STRICTER_DEFAULT -> entry.question() == SeverityQuestion.SOLVENTS
					? " (stricter class until solvent use is stated)" : " (stricter class until the activity is given)";
		};
	}

}
