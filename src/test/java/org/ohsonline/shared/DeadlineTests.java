package org.ohsonline.shared;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The clock rule of UI.md: amber from 7 days before the due date, red once it has passed. */
class DeadlineTests {

	// A name change on 2026-03-02 is to be declared within 15 days: 2026-03-02 + 15 = 2026-03-17.
	private final LocalDate due = LocalDate.of(2026, 3, 2).plusDays(15);

	@Test
	void isCalmEightDaysAhead() {
		Deadline deadline = Deadline.of(this.due, LocalDate.of(2026, 3, 9));
		assertThat(deadline.dueOn()).isEqualTo(LocalDate.of(2026, 3, 17));
		assertThat(deadline.daysLeft()).isEqualTo(8);
		assertThat(deadline.dueSoon()).isFalse();
		assertThat(deadline.overdue()).isFalse();
	}

	@Test
	void turnsAmberSevenDaysAhead() {
		Deadline deadline = Deadline.of(this.due, LocalDate.of(2026, 3, 10));
		assertThat(deadline.daysLeft()).isEqualTo(7);
		assertThat(deadline.dueSoon()).isTrue();
	}

	@Test
	void isStillInTimeOnTheDueDate() {
		Deadline deadline = Deadline.of(this.due, LocalDate.of(2026, 3, 17));
		assertThat(deadline.daysLeft()).isZero();
		assertThat(deadline.dueSoon()).isTrue();
		assertThat(deadline.overdue()).isFalse();
	}

	@Test
	void isOverdueTheDayAfter() {
		Deadline deadline = Deadline.of(this.due, LocalDate.of(2026, 3, 18));
		assertThat(deadline.overdue()).isTrue();
		assertThat(deadline.dueSoon()).isFalse();
		assertThat(deadline.daysOverdue()).isEqualTo(1);
	}

	@Test
	void countsThirtyDaysAcrossAMonthEnd() {
		// Completion acceptance on 2026-01-20 + 30 days = 2026-02-19 (January has 31 days).
		Deadline deadline = Deadline.of(LocalDate.of(2026, 1, 20).plusDays(30), LocalDate.of(2026, 2, 12));
		assertThat(deadline.dueOn()).isEqualTo(LocalDate.of(2026, 2, 19));
		assertThat(deadline.daysLeft()).isEqualTo(7);
		assertThat(deadline.dueSoon()).isTrue();
	}

}
