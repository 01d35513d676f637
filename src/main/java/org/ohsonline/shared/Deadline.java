package org.ohsonline.shared;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A due date seen from a given day, as every clock in the console shows it (UI.md): the date, the
 * days left, amber from {@value #AMBER_DAYS} days before the date, red once the date has passed.
 * The date itself is still in time: a clock due today has 0 days left and is not overdue.
 *
 * @param dueOn the last day on which the duty can be met
 * @param daysLeft days from today to the due date, negative once overdue
 */
public record Deadline(LocalDate dueOn, long daysLeft) {

	/** Days before the due date from which a clock turns amber. */
	public static final int AMBER_DAYS = 7;

	public Deadline {
		Objects.requireNonNull(dueOn, "dueOn");
	}

	public static Deadline of(LocalDate dueOn, LocalDate today) {
		return new Deadline(dueOn, ChronoUnit.DAYS.between(today, dueOn));
	}

	public boolean overdue() {
		return this.daysLeft < 0;
	}

	/** Within {@value #AMBER_DAYS} days of the due date and not yet past it. */
	public boolean dueSoon() {
		return !overdue() && this.daysLeft <= AMBER_DAYS;
	}

	public long daysOverdue() {
		return overdue() ? -this.daysLeft : 0;
	}

}
