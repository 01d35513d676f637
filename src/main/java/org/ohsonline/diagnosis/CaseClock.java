package org.ohsonline.diagnosis;

import java.time.LocalDate;

import org.ohsonline.shared.Deadline;

/**
 * One statutory clock of a case.
 *
 * @param days the period the catalog gave when the clock started
 * @param basis the article and catalog edition that gave the period
 * @param deadline the due date seen from today
 */
public record CaseClock(long id, long caseId, String caseNumber, String employerName, String institutionName,
		String regionCode, ClockKind kind, LocalDate startedOn, int days, LocalDate dueOn, String basis, State state,
		LocalDate metOn, Deadline deadline) {

	/** Open (running), met (done in or out of time), lapsed (a window that passed unused). */
	public enum State {

		OPEN, MET, LAPSED

	}

	public boolean open() {
		return this.state == State.OPEN;
	}

	/** An open duty past its due date. */
	public boolean overdue() {
		return this.state == State.OPEN && this.kind.duty() && this.deadline.overdue();
	}

	/** Met, but after the due date. */
	public boolean metLate() {
		return this.state == State.MET && this.metOn != null && this.metOn.isAfter(this.dueOn);
	}

}
