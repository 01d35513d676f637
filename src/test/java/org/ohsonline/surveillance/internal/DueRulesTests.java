package org.ohsonline.surveillance.internal;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.ohsonline.agency.ExamType;
import org.ohsonline.shared.Deadline;
import org.ohsonline.surveillance.ExamDueKind;

import static org.assertj.core.api.Assertions.assertThat;

/** Due dates from the rules' periods, seen from fixed days. */
class DueRulesTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	@Test
	void theNextPeriodicExamIsTheLastExamPlusTheInterval() {
		// Noise ≥ 85 dB(A): 12 months. Last exam 2025-06-10 → due 2026-06-10, 5 days before 2026-06-15: overdue.
		Deadline noise = Deadline.of(DueRules.nextPeriodic(LocalDate.of(2025, 6, 10), 12), TODAY);
		assertThat(noise.dueOn()).isEqualTo(LocalDate.of(2026, 6, 10));
		assertThat(noise.overdue()).isTrue();
		assertThat(noise.daysOverdue()).isEqualTo(5);
		// Coal dust Ⅱ级+: 24 months. Last exam 2025-06-20 → due 2027-06-20: 370 days left (2026-06-15 → 2027-06-20).
		Deadline coal = Deadline.of(DueRules.nextPeriodic(LocalDate.of(2025, 6, 20), 24), TODAY);
		assertThat(coal.dueOn()).isEqualTo(LocalDate.of(2027, 6, 20));
		assertThat(coal.daysLeft()).isEqualTo(370);
		assertThat(coal.dueSoon()).isFalse();
		// 12 months after 2025-06-22 is 2026-06-22: 7 days left → amber.
		assertThat(Deadline.of(DueRules.nextPeriodic(LocalDate.of(2025, 6, 22), 12), TODAY).dueSoon()).isTrue();
		// A month after 31 January is the last day of February.
		assertThat(DueRules.nextPeriodic(LocalDate.of(2026, 1, 31), 1)).isEqualTo(LocalDate.of(2026, 2, 28));
	}

	@Test
	void aRecheckIsDueOnTheInstitutionsDateOrAfterTheDefaultPeriod() {
		assertThat(DueRules.recheck(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 1), 90))
			.isEqualTo(LocalDate.of(2026, 4, 1));
		// 2026-03-02 + 90 days = 2026-05-31 (29 left in March + 30 April + 31 May = 90).
		assertThat(DueRules.recheck(LocalDate.of(2026, 3, 2), null, 90)).isEqualTo(LocalDate.of(2026, 5, 31));
	}

	@Test
	void aPrePlacementExamIsDueOnThePlacementDayAndTheExitExamByTheDayOfLeaving() {
		assertThat(DueRules.prePlacement(LocalDate.of(2026, 6, 1), 0)).isEqualTo(LocalDate.of(2026, 6, 1));
		assertThat(DueRules.exit(LocalDate.of(2026, 6, 30))).isEqualTo(LocalDate.of(2026, 6, 30));
		// An in-service exam from 90 days before leaving on 2026-06-30 counts: from 2026-04-01.
		assertThat(DueRules.exitCreditFrom(LocalDate.of(2026, 6, 30), 90)).isEqualTo(LocalDate.of(2026, 4, 1));
	}

	@Test
	void anExamMeetsTheItemsOfItsType() {
		assertThat(DueRules.meets(ExamType.PRE_PLACEMENT)).contains(ExamDueKind.PRE_PLACEMENT, ExamDueKind.PERIODIC);
		assertThat(DueRules.meets(ExamType.IN_SERVICE)).doesNotContain(ExamDueKind.PRE_PLACEMENT, ExamDueKind.EXIT);
		assertThat(DueRules.meets(ExamType.EXIT)).contains(ExamDueKind.EXIT).doesNotContain(ExamDueKind.PERIODIC);
	}

}
