package org.ohsonline.declaration;

import java.time.LocalDate;

import org.ohsonline.shared.Deadline;

/**
 * A duty to declare by a date.
 *
 * @param reason the reason's code in the {@code declaration-deadlines} catalog
 * @param reasonName the reason as the catalog names it
 * @param kind the kind of declaration it calls for
 * @param days the period the catalog gave when the clock started
 * @param basis the article and catalog edition that gave the period
 * @param source what started it (an event, a module, a person)
 * @param deadline the due date seen from today (days left, amber, overdue)
 * @param declarationId the declaration that answers it, if any
 */
public record ClockView(long id, long employerId, String creditCode, String employerName, String regionCode,
		String reason, String reasonName, DeclarationKind kind, LocalDate startedOn, int days, LocalDate dueOn,
		String basis, String source, ClockState state, Long declarationId, LocalDate metOn, String voidReason,
		Deadline deadline) {

	/** Open and past its due date. */
	public boolean overdue() {
		return this.state == ClockState.OPEN && this.deadline.overdue();
	}

	/**
	 * The initial declaration was never made: the employer has had hazard factors since
	 * {@code startedOn} (its start of production, or its registration) and has no standing declaration.
	 */
	public boolean undeclared() {
		return this.kind == DeclarationKind.INITIAL && this.state == ClockState.OPEN;
	}

	/** Days from the start of the clock to today. */
	public long daysSinceStart() {
		return this.days - this.deadline.daysLeft();
	}

	/** Met, but after the due date. */
	public boolean metLate() {
		return this.state == ClockState.MET && this.metOn != null && this.metOn.isAfter(this.dueOn);
	}

}
