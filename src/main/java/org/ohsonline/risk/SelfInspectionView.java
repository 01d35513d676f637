package org.ohsonline.risk;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A self-inspection (自查) with its answers.
 *
 * @param occasion {@code ANNUAL} or {@code ON_DEMAND}
 * @param status {@code DRAFT}, {@code SUBMITTED} or {@code CHECKED} (a supervisor's spot-check)
 * @param score the score out of 100 once submitted (after corrections once checked)
 * @param complete every item answered, with evidence where the checklist asks for it
 */
public record SelfInspectionView(long id, long employerId, String employerName, String creditCode, String regionCode,
		long checklistVersionId, String checklistEdition, String occasion, String status, BigDecimal score,
		ManagementGrade grade, boolean complete, Instant createdAt, String createdBy, LocalDate submittedOn,
		String submittedBy, LocalDate checkedOn, String checkedBy, String checkNote, List<Answer> answers) {

	public SelfInspectionView {
		answers = List.copyOf(answers);
	}

	/** An item's answer; a spot-check's correction with its reason where a supervisor made one. */
	@io.swagger.v3.oas.annotations.media.Schema(name = "SelfInspectionAnswer")
	public record Answer(String itemCode, BigDecimal points, String evidence, BigDecimal correctedPoints,
			String correctionReason) {

		public BigDecimal effectivePoints() {
			return this.correctedPoints != null ? this.correctedPoints : this.points;
		}

	}

	public Answer answer(String itemCode) {
		return this.answers.stream().filter(a -> a.itemCode().equals(itemCode)).findFirst().orElse(null);
	}

}
