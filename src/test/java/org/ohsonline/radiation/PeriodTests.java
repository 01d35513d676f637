package org.ohsonline.radiation;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodTests {

	@Test
	void readsTheWaysDosimetryServicesWriteAQuarter() {
		assertThat(Period.parse("2026Q3")).contains(new Period(2026, 3));
		assertThat(Period.parse("2026-Q3")).contains(new Period(2026, 3));
		assertThat(Period.parse("2026-3")).contains(new Period(2026, 3));
		assertThat(Period.parse("2026年第3季度")).contains(new Period(2026, 3));
		assertThat(Period.parse("2026Q5")).isEmpty();
		assertThat(Period.parse("Q3")).isEmpty();
		assertThat(Period.parse(null)).isEmpty();
	}

	@Test
	void aQuarterRunsFromItsFirstToItsLastDay() {
		assertThat(new Period(2026, 1).start()).isEqualTo(LocalDate.of(2026, 1, 1));
		assertThat(new Period(2026, 1).end()).isEqualTo(LocalDate.of(2026, 3, 31));
		assertThat(new Period(2026, 4).end()).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(new Period(2026, 1).previous()).isEqualTo(new Period(2025, 4));
		assertThat(new Period(2025, 4).next()).isEqualTo(new Period(2026, 1));
		assertThat(Period.of(LocalDate.of(2026, 8, 15))).isEqualTo(new Period(2026, 3));
	}

	@Test
	void aPeriodIsDueOnceItsEntryTimeHasPassed() {
		// 2026Q3 ends on 30 September; with 30 days to enter it is due from 31 October on.
		// On 30 October: 30 October − 30 days = 30 September, in Q3, so the last due period is Q2.
		assertThat(Period.lastDue(LocalDate.of(2026, 10, 30), 30)).isEqualTo(new Period(2026, 2));
		// On 31 October: 1 October lies in Q4, so Q3 is due.
		assertThat(Period.lastDue(LocalDate.of(2026, 10, 31), 30)).isEqualTo(new Period(2026, 3));
		assertThat(Period.lastDue(LocalDate.of(2026, 1, 15), 0)).isEqualTo(new Period(2025, 4));
	}

}
