package org.ohsonline.radiation.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ohsonline.radiation.DoseBand;
import org.ohsonline.radiation.Period;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checks against the bundled limits (GB 18871-2002 附录 B as DOMAIN.md quotes them; GBZ 128-2019's 1.25 mSv a
 * quarter; half the detection limit for a value below it), worked by hand.
 */
class DoseChecksTests {

	static final DoseLimits.Limits LIMITS = DoseLimits.Limits.of(1, "test", Map.of("EFFECTIVE_ANNUAL_MAX", d("50"),
			"EFFECTIVE_FIVE_YEAR_AVERAGE", d("20"), "LENS_ANNUAL", d("150"), "SKIN_ANNUAL", d("500"), "INVESTIGATION_PERIOD",
			d("1.25"), "RECORDING_PERIOD", d("0.10"), "BELOW_DETECTION_SHARE", d("0.5"), "ENTRY_DAYS", d("30")));

	static BigDecimal d(String value) {
		return new BigDecimal(value);
	}

	static DoseChecks.Counted q(int year, int quarter, String hp10) {
		return new DoseChecks.Counted(new Period(year, quarter), d(hp10), d(hp10), null);
	}

	@Test
	void aPeriodAboveTheInvestigationLevelIsInvestigatedAndOneAtItIsNot() {
		// 1.30 > 1.25: investigated; 1.25 is the level itself, not above it.
		assertThat(DoseChecks.aboveInvestigation(d("1.30"), LIMITS)).isTrue();
		assertThat(DoseChecks.aboveInvestigation(d("1.25"), LIMITS)).isFalse();
		assertThat(DoseChecks.band(false, d("1.30"), LIMITS)).isEqualTo(DoseBand.ABOVE_INVESTIGATION);
		assertThat(DoseChecks.band(false, d("0.50"), LIMITS)).isEqualTo(DoseBand.RECORDED);
		assertThat(DoseChecks.band(false, d("0.05"), LIMITS)).isEqualTo(DoseBand.BELOW_RECORDING);
	}

	@Test
	void aValueBelowDetectionCountsAsHalfTheLimitNotAsZero() {
		// MDL 0.04 mSv × 0.5 = 0.02 mSv; four such quarters sum to 0.08 mSv, not 0.
		BigDecimal counted = DoseChecks.counted(null, true, d("0.04"), LIMITS.belowDetectionShare());
		assertThat(counted).isEqualByComparingTo("0.02");
		assertThat(DoseChecks.band(true, counted, LIMITS)).isEqualTo(DoseBand.BELOW_DETECTION);
		assertThat(DoseChecks.counted(d("0.31"), false, d("0.04"), LIMITS.belowDetectionShare())).isEqualByComparingTo("0.31");
	}

	@Test
	void anAnnualSumAboveFiftyRaisesTheAnnualAlert() {
		// 2025: 12 + 14 + 13 + 12 = 51 mSv > 50 mSv; 2024: 12 + 12 + 13 + 13 = 50 mSv, at the limit, not above.
		List<DoseChecks.Counted> doses = List.of(q(2025, 1, "12"), q(2025, 2, "14"), q(2025, 3, "13"), q(2025, 4, "12"),
				q(2024, 1, "12"), q(2024, 2, "12"), q(2024, 3, "13"), q(2024, 4, "13"));
		List<DoseChecks.Exceeded> found = DoseChecks.exceeded(doses, 2024, 2025, LIMITS);
		assertThat(found).extracting(DoseChecks.Exceeded::kind, DoseChecks.Exceeded::year)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("ANNUAL", 2025), org.assertj.core.groups.Tuple.tuple("FIVE_YEAR", 2025));
		// The two years sum to 101 mSv, above the 5 × 20 = 100 mSv of five consecutive years as well.
		assertThat(found.get(0).total()).isEqualByComparingTo("51");
		assertThat(found.get(1).total()).isEqualByComparingTo("101");
	}

	@Test
	void fiveYearsAveragingAboveTwentyRaiseTheFiveYearAlertThoughNoYearPassesFifty() {
		// 21 mSv a year in 2021–2025: no year above 50; 5 × 21 = 105 mSv > 100 mSv (an average of 21 > 20).
		List<DoseChecks.Counted> doses = List.of(q(2021, 1, "21"), q(2022, 1, "21"), q(2023, 1, "21"), q(2024, 1, "21"),
				q(2025, 1, "21"));
		List<DoseChecks.Exceeded> found = DoseChecks.exceeded(doses, 2021, 2025, LIMITS);
		assertThat(found).singleElement().satisfies(e -> {
			assertThat(e.kind()).isEqualTo("FIVE_YEAR");
			assertThat(e.year()).isEqualTo(2025);
			assertThat(e.total()).isEqualByComparingTo("105");
			assertThat(e.limit()).isEqualByComparingTo("100");
		});
		// The window ending in 2024 holds only four years: 84 mSv, no alert; one year earlier dropped, none either.
		assertThat(DoseChecks.exceeded(doses.subList(0, 4), 2021, 2024, LIMITS)).isEmpty();
	}

	@Test
	void lensAndSkinDosesAreSummedAgainstTheirOwnLimits() {
		// Lens 80 + 75 = 155 mSv > 150 mSv; skin Hp(0.07) 260 + 250 = 510 mSv > 500 mSv; Hp(10) 2 mSv, no effective-dose alert.
		List<DoseChecks.Counted> doses = List.of(new DoseChecks.Counted(new Period(2025, 1), d("1"), d("260"), d("80")),
				new DoseChecks.Counted(new Period(2025, 2), d("1"), d("250"), d("75")));
		assertThat(DoseChecks.exceeded(doses, 2025, 2025, LIMITS)).extracting(DoseChecks.Exceeded::kind)
			.containsExactlyInAnyOrder("LENS", "SKIN");
	}

}
