package org.ohsonline.enforcement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What scanning an action code shows anyone: the chain's steps and dates, whether it is intact; no person. */
public interface PublicCases {

	Optional<PublicCase> find(String actionCode);

	record PublicCase(String actionCode, String employerName, String regionCode, LegalBasis violation, CaseStep step,
			List<PublicStep> steps, boolean chainIntact) {
	}

	record PublicStep(int seq, CaseStep step, LocalDate happenedOn, String hash) {
	}

}
