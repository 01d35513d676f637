package org.ohsonline.registry.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ohsonline.reference.IndustrySeverities;
import org.ohsonline.reference.IndustrySeverity;
import org.ohsonline.reference.Severity;
import org.ohsonline.reference.SizeClass;
import org.ohsonline.reference.SizeClasses;

import org.springframework.stereotype.Component;

/**
 * What the register derives rather than asks for: the size class from headcount and revenue, and
 * the hazard severity from the industries of the employer and its sites (the higher class wins,
 * DOMAIN.md), each from the reference catalogs in force.
 */
@Component
class Derivations {

	private final SizeClasses sizes;

	private final IndustrySeverities severities;

	Derivations(SizeClasses sizes, IndustrySeverities severities) {
		this.sizes = sizes;
		this.severities = severities;
	}

	/** A severity and a sentence saying which directory entries decided it. */
	record Derived(Severity severity, String basis) {
	}

	SizeClass sizeClass(String industryCode, int employees, Long revenue) {
		return this.sizes.classify(industryCode, employees, revenue).orElse(null);
	}

	Derived severity(String industryCode, List<String> siteIndustries) {
		List<String> codes = new ArrayList<>();
		codes.add(industryCode);
		siteIndustries.stream().filter(code -> !codes.contains(code)).forEach(codes::add);
		Severity result = null;
		List<String> reasons = new ArrayList<>();
		for (String code : codes) {
			Optional<IndustrySeverity> found = this.severities.severityOf(code);
			if (found.isEmpty()) {
				reasons.add(code + ": not in the directory");
				continue;
			}
			IndustrySeverity entry = found.get();
			result = result == null ? entry.severity() : Severity.higher(result, entry.severity());
			reasons.add(code + " → " + entry.industryCode() + " " + entry.severity() + " (" + entry.catalogEdition()
					+ (entry.verified() ? "" : ", unverified") + "; " + entry.source() + ")");
		}
		return new Derived(result, String.join("; ", reasons));
	}

}
