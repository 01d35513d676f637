package org.ohsonline.testing;

import java.time.LocalDate;

import org.ohsonline.reference.Severity;
import org.ohsonline.shared.Deadline;

/**
 * When an employer's next testing or status evaluation is due.
 *
 * @param severity the employer's hazard severity the interval follows
 * @param months the interval, from the {@code testing-frequency} catalog
 * @param basis the article and catalog edition the interval comes from
 * @param lastDoneOn the day the last qualifying job was reviewed, {@code null} when none is on record
 * @param lastJobId that job, or {@code null}
 * @param anchorOn the day the interval runs from: the last qualifying job, or when none is on record
 * the employer's start of production (its registration when the register does not know it)
 * @param deadline the due date and the days left, seen from today
 */
public record ValidityClockView(long employerId, String creditCode, String employerName, String regionCode,
		ValidityKind kind, Severity severity, int months, String basis, LocalDate lastDoneOn, Long lastJobId,
		LocalDate anchorOn, Deadline deadline) {

	public LocalDate dueOn() {
		return this.deadline.dueOn();
	}

}
