package org.ohsonline.promotion;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A healthy-enterprise application with its items and evidence.
 *
 * @param edition the edition of the standard the application is evaluated against
 * @param mandatoryFailed how many mandatory items the panel found not met ({@code null} before the review)
 * @param reviewPassed whether the review passed: every mandatory item met and the points at least the pass mark
 */
public record HealthyApplicationView(long id, long employerId, String employerCreditCode, String employerName,
		String regionCode, int year, String edition, ApplicationStatus status, BigDecimal selfPoints,
		BigDecimal reviewPoints, BigDecimal passMark, Integer mandatoryFailed, Boolean reviewPassed, LocalDate visitedOn,
		String reviewNote, String reviewerName, Instant reviewedAt, String decisionNote, String deciderName,
		Instant decidedAt, Instant submittedAt, List<ItemScore> items, List<EvidenceFile> evidence) {

	public HealthyApplicationView {
		items = List.copyOf(items);
		evidence = List.copyOf(evidence);
	}

}
