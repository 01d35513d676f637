package org.ohsonline.enforcement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An enforcement case with its chain of steps.
 *
 * @param actionCode the administrative action code, as written ({@code 330105-2026-02-000017-5})
 * @param step the latest step of the order ({@link CaseStep#EXTENSION} never is one)
 * @param decisionDue the day the decision is due, extensions included
 * @param recommended the amount the discretion benchmark recommended at the decision
 * @param deviationReason why the amount left the recommended band (flagged for review), or {@code null}
 * @param noPenalty ended with a correction commitment under the no-penalty list (首违不罚) instead of a fine
 * @param chainIntact every step's hash recomputes from its content and the step before
 * @param candidateKind the candidate the case was opened from (an alert, a rectification item), or {@code null} when
 * it was opened from an inspection
 * @param candidateId that candidate's id in its module
 */
@io.swagger.v3.oas.annotations.media.Schema(name = "EnforcementCase")
public record CaseView(long id, String actionCode, String regionCode, long employerId, String creditCode,
		String employerName, Long inspectionId, String itemCode, LegalBasis violation, String facts, CaseStep step,
		LocalDate filedOn, LocalDate decisionDue, Band band, Long amount, Long recommended, String deviationReason,
		boolean noPenalty, String benchmarkEdition, String openedBy, Instant openedAt, List<StepView> steps,
		boolean chainIntact, CandidateKind candidateKind, Long candidateId) {

	/**
	 * A step as recorded: when it happened, who recorded it, what it carries, and its hash.
	 *
	 * @param documentCode the verification code of the step's document, or {@code null} (steps recorded before
	 * documents were issued)
	 */
	public record StepView(int seq, CaseStep step, LocalDate happenedOn, String actor, String note, String data,
			String prevHash, String hash, String documentCode, String actionCode) {

		public StepView(int seq, CaseStep step, LocalDate happenedOn, String actor, String note, String data,
				String prevHash, String hash) {
			this(seq, step, happenedOn, actor, note, data, prevHash, hash, null, null);
		}

	}

	public boolean deviated() {
		return this.deviationReason != null;
	}

	public boolean closed() {
		return this.step == CaseStep.CLOSED;
	}

	/** Whether the decision is still to come. */
	public boolean beforeDecision() {
		return switch (this.step) {
			case FILED, INVESTIGATION, PRIOR_NOTICE, STATEMENT, HEARING -> true;
			default -> false;
		};
	}

	/** Days from {@code today} to the decision's due day (negative once overdue). */
	public long daysToDecision(LocalDate today) {
		return java.time.temporal.ChronoUnit.DAYS.between(today, this.decisionDue);
	}

}
