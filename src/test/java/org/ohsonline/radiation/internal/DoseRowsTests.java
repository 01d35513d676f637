package org.ohsonline.radiation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ohsonline.radiation.DoseEntry;
import org.ohsonline.shared.InvalidInputException.FieldError;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules every dose record meets before anything is saved, whichever way it arrives. */
class DoseRowsTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 15);

	static final DoseRows.Target TARGET = new DoseRows.Target(1, 2, 3, "91330105RAD0000010", "330105001", 4, "91330105RAD0000029",
			LocalDate.of(2025, 2, 10), null);

	static DoseEntry entry(String period, String hp10, Boolean below, String mdl) {
		return new DoseEntry(1L, null, null, period, hp10 == null ? null : new BigDecimal(hp10), below, new BigDecimal("0.2"), false,
				null, null, mdl == null ? null : new BigDecimal(mdl));
	}

	static List<String> codes(List<FieldError> errors) {
		return errors.stream().map(FieldError::code).toList();
	}

	@Test
	void aValidRecordPasses() {
		assertThat(DoseRows.check(entry("2026Q3", "0.31", null, null), TARGET, TODAY, false)).isEmpty();
		assertThat(DoseRows.check(entry("2025Q1", null, true, "0.04"), TARGET, TODAY, false)).isEmpty();
	}

	@Test
	void refusesSomeoneWhoIsNotARadiationWorkerOfThatEmployer() {
		assertThat(codes(DoseRows.check(entry("2026Q3", "0.31", null, null), null, TODAY, false)))
			.containsExactly("radiation.dose.notRadiationWorker");
	}

	@Test
	void refusesANegativeDose() {
		assertThat(codes(DoseRows.check(entry("2026Q3", "-0.01", null, null), TARGET, TODAY, false)))
			.containsExactly("radiation.dose.negative");
	}

	@Test
	void refusesAPeriodThatHasNotEnded() {
		// 2026Q4 ends on 31 December, after 15 November; 2027Q1 lies wholly in the future.
		assertThat(codes(DoseRows.check(entry("2026Q4", "0.31", null, null), TARGET, TODAY, false)))
			.containsExactly("radiation.dose.period.future");
		assertThat(codes(DoseRows.check(entry("2027Q1", "0.31", null, null), TARGET, TODAY, false)))
			.containsExactly("radiation.dose.period.future");
	}

	@Test
	void refusesADuplicatePeriodAndOneBeforeMonitoringBegan() {
		assertThat(codes(DoseRows.check(entry("2026Q3", "0.31", null, null), TARGET, TODAY, true)))
			.containsExactly("radiation.dose.duplicate");
		// Monitoring began on 10 February 2025: 2025Q1 is its first period, 2024Q4 lies before it.
		assertThat(codes(DoseRows.check(entry("2024Q4", "0.31", null, null), TARGET, TODAY, false)))
			.containsExactly("radiation.dose.period.beforeMonitoring");
	}

	@Test
	void belowDetectionIsAFlagWithTheLimitNeverAValueOfZero() {
		assertThat(codes(DoseRows.check(entry("2026Q3", null, true, null), TARGET, TODAY, false)))
			.containsExactly("radiation.dose.mdl.required");
		assertThat(codes(DoseRows.check(entry("2026Q3", "0", true, "0.04"), TARGET, TODAY, false)))
			.containsExactly("radiation.dose.valueAndBelow");
		assertThat(codes(DoseRows.check(entry("2026Q3", null, null, null), TARGET, TODAY, false)))
			.containsExactly("radiation.dose.required");
	}

	@Test
	void reportsEveryReasonAtOnce() {
		assertThat(codes(DoseRows.check(entry("2030Q9", "-1", null, null), null, TODAY, false))).containsExactlyInAnyOrder(
				"radiation.dose.notRadiationWorker", "radiation.dose.period.invalid", "radiation.dose.negative");
	}

}
