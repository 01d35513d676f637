package org.ohsonline.risk;

import java.time.LocalDate;
import java.util.List;

import org.ohsonline.shared.Deadline;

/**
 * A rectification item: the finding it answers, its deadline, the employer's answer and evidence, the
 * review.
 *
 * @param findingKind the kind of finding ({@code EXCEEDANCE}, {@code OVERDUE_TEST}, {@code UNDECLARED},
 * {@code EXAMS_MISSING}, {@code CONTRAINDICATED_AT_POST}, {@code SELF_INSPECTION_ITEM}, …)
 * @param deadlineBasis the catalog entry and edition, or the supervisor's reason, that set the deadline
 * @param deadline the due date seen from today; {@code null} once released
 */
public record RectificationView(long id, long employerId, String creditCode, String employerName, String regionCode,
		String findingKind, String messageKey, List<String> arguments, LocalDate foundOn, String source, LocalDate dueOn,
		String deadlineBasis, Deadline deadline, RectificationStatus status, String answer, LocalDate answeredOn,
		String answeredBy, String reviewNote, LocalDate reviewedOn, String reviewedBy, LocalDate releasedOn,
		List<EvidenceView> evidence) {

	public RectificationView {
		arguments = List.copyOf(arguments);
		evidence = List.copyOf(evidence);
	}

	public boolean overdue() {
		return this.deadline != null && this.deadline.overdue();
	}

}
