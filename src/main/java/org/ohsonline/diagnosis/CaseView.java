package org.ohsonline.diagnosis;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A diagnosis case as its pages and the API show it. The worker's name is shown to those in
 * scope; the identity number only masked.
 *
 * @param hazards the hazard factors claimed, as code and name
 * @param materials the checklist, in catalog order
 * @param complete whether every item is received or waived
 * @param certificateCode the verification code of the issued certificate ({@code null} until it is delivered)
 * @param diagnosisDisease the disease the institution diagnosed ({@code null}: not an occupational disease, or not yet)
 * @param disease the outcome in force ({@code null}: none, or not an occupational disease)
 * @param outcomeFinal whether no appraisal can change the outcome any more
 */
public record CaseView(long id, String number, long workerId, String workerName, String workerIdMasked, long employerId,
		String employerName, String creditCode, String regionCode, long institutionId, String institutionName,
		Applicant applicant, LocalDate appliedOn, List<Hazard> hazards, Long referralId, CaseStatus status,
		List<Material> materials, boolean complete, LocalDate materialsCompleteOn, LocalDate diagnosedOn,
		Disease diagnosisDisease, String diagnosisConclusion, String certificateNumber, LocalDate certificateDeliveredOn,
		String certificateCode, Disease disease, OutcomeStage outcomeStage, LocalDate outcomeOn, boolean outcomeFinal, List<Appraisal> appraisals,
		List<CaseClock> clocks, List<HistoryEntry> history) {

	@Schema(name = "CaseHazard")
	public record Hazard(String code, String name) {
	}

	public record Disease(String code, String name, String categoryCode, String categoryName) {
	}

	/** One item of the checklist. */
	public record Material(String code, String name, String article, LocalDate receivedOn, boolean waived, String note) {

		public boolean done() {
			return this.receivedOn != null;
		}

	}

	/**
	 * An appraisal ({@code CITY}) or re-appraisal ({@code PROVINCE}).
	 *
	 * @param authorityRegion the commission that organises it (设区的市 or province)
	 */
	public record Appraisal(long id, String level, String authorityRegion, LocalDate requestedOn, Applicant requestedBy,
			String reason, LocalDate decidedOn, Boolean occupational, Disease disease, String documentNumber,
			String conclusion) {

		public boolean decided() {
			return this.decidedOn != null;
		}

	}

	@Schema(name = "CaseHistoryEntry")
	public record HistoryEntry(Instant at, String action, String actorName, String note) {

		/**
		 * The message key that labels the note where the note is a code — who applied or requested an
		 * appraisal, which window lapsed — or {@code null} where it is text (a date, a disease, a reason).
		 */
		public String noteKey() {
			if (this.note == null || !this.note.matches("[A-Z_]+")) {
				return null;
			}
			return switch (this.action) {
				case "APPLIED", "APPRAISAL_REQUESTED", "REAPPRAISAL_REQUESTED" -> "diagnosis.applicant." + this.note;
				case "FINAL" -> "diagnosis.clock." + this.note;
				default -> null;
			};
		}

	}

	/** Whether an occupational disease is the outcome in force. */
	public boolean diseased() {
		return this.disease != null;
	}

	public java.util.Optional<CaseClock> clock(ClockKind kind) {
		return this.clocks.stream().filter(c -> c.kind() == kind).findFirst();
	}

}
