package org.ohsonline.diagnosis;

import java.time.LocalDate;

import org.ohsonline.shared.Deadline;

/**
 * A row of the case list: the worker's name masked, the clock that runs now (if any).
 *
 * @param runningClock the open clock of the case, {@code null} when none runs
 * @param runningDeadline its due date seen from today, {@code null} when none runs
 */
public record CaseSummary(long id, String number, String workerNameMasked, String workerIdMasked, String employerName,
		String regionCode, String institutionName, Applicant applicant, LocalDate appliedOn, CaseStatus status,
		String diseaseName, boolean outcomeFinal, ClockKind runningClock, Deadline runningDeadline) {
}
