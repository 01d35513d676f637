package org.ohsonline.enforcement;

import java.time.LocalDate;
import java.util.List;

/**
 * A case candidate as the form to open a case from it shows it.
 *
 * @param subject what the candidate is about: the hazard factor of an alert, the finding kind of a rectification item
 * @param since the day the alert was confirmed, or the day the item fell due
 * @param eligible whether it is (still) a candidate: the alert confirmed, the item past its deadline and not released
 * @param suggested the violation a case usually cites for it (the inspector may choose another), or {@code null}
 * @param articles the penalty articles the discretion benchmark in force covers, with how many items each has
 * @param caseId the case opened from it already, or {@code null}
 * @param actionCode that case's action code, or {@code null}
 */
@io.swagger.v3.oas.annotations.media.Schema(name = "EnforcementCaseCandidate")
public record Candidate(CandidateKind kind, long id, long employerId, String employerName, String creditCode,
		String regionCode, String subject, LocalDate since, boolean eligible, LegalBasis suggested, String law,
		List<Article> articles, Long caseId, String actionCode) {

	public Candidate {
		articles = List.copyOf(articles);
	}

	/** A penalty article of the law and the number of its items (0 when the article has none). */
	@io.swagger.v3.oas.annotations.media.Schema(name = "EnforcementPenaltyArticle")
	public record Article(int article, int items) {
	}

}
