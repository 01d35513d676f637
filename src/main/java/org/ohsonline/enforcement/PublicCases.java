package org.ohsonline.enforcement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What scanning an action code shows anyone, with no person: for a case (kind 02) or a coercive measure taken in one
 * (kind 03) the case's chain of steps and dates and whether it is intact; for an inspection (kind 01) when it started
 * and was recorded, how many violations it found and the cases opened from them.
 */
public interface PublicCases {

	/** The case under a penalty code, or the case that took the coercive measure under a coercion code. */
	Optional<PublicCase> find(String actionCode);

	/** The inspection under an inspection code. */
	Optional<PublicInspection> inspection(String actionCode);

	/**
	 * @param scanned the code scanned: the case's own, or that of a coercive measure taken in it
	 */
	record PublicCase(String actionCode, String scanned, String employerName, String regionCode, LegalBasis violation,
			CaseStep step, List<PublicStep> steps, boolean chainIntact) {
	}

	/**
	 * @param actionCode the step's own action code: a coercive measure's (kind 03), otherwise {@code null}
	 */
	record PublicStep(int seq, CaseStep step, LocalDate happenedOn, String hash, String actionCode) {
	}

	/**
	 * @param recordedOn the day the on-site record was signed, {@code null} while the inspection is in progress
	 * @param violations violations found, counted once recorded
	 * @param cases the action codes of the cases opened from its findings, oldest first
	 */
	record PublicInspection(String actionCode, String employerName, String regionCode, InspectionMode mode,
			LocalDate startedOn, LocalDate recordedOn, int violations, List<String> cases) {
	}

}
