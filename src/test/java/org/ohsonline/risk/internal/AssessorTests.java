package org.ohsonline.risk.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When the next assessment is due, on fixed days: 3 years on, or 2 months after a new employer started. */
class AssessorTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

	static PortraitStore.Row row(LocalDate dutiesSince, Long selfInspection) {
		return new PortraitStore.Row(1, "c", "n", "330105", null, "IN_PRODUCTION", null, dutiesSince, true, 0, 0,
				List.of(), List.of(), 0, 0, 0, 0, 0, 0, 0, 0, false, null, selfInspection, false, null, null, null, null,
				null, false, null, null, Instant.EPOCH, List.of());
	}

	@Test
	void anEstablishedEmployerIsReassessedThreeYearsOn() {
		assertThat(Assessor.nextDue(row(LocalDate.of(2010, 1, 1), null), ClassifierTests.RULES, TODAY))
			.isEqualTo(LocalDate.of(2029, 12, 3));
	}

	@Test
	void aNewEmployerIsAssessedWithinTwoMonthsOfStartingProduction() {
		// Started 2026-11-20: assessed again by 2027-01-20, unless it submits a self-inspection first.
		assertThat(Assessor.nextDue(row(LocalDate.of(2026, 11, 20), null), ClassifierTests.RULES, TODAY))
			.isEqualTo(LocalDate.of(2027, 1, 20));
		assertThat(Assessor.nextDue(row(LocalDate.of(2026, 11, 20), 5L), ClassifierTests.RULES, TODAY))
			.isEqualTo(LocalDate.of(2029, 12, 3));
	}

	@Test
	void twoMonthsPastTheStartOfProductionTheThreeYearsApply() {
		assertThat(Assessor.nextDue(row(LocalDate.of(2026, 9, 1), null), ClassifierTests.RULES, TODAY))
			.isEqualTo(LocalDate.of(2029, 12, 3));
	}

}
