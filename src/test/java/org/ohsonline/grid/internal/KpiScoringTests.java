package org.ohsonline.grid.internal;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ohsonline.grid.KpiFigure;

import static org.assertj.core.api.Assertions.assertThat;

/** The appraisal's arithmetic, as the grid-kpis catalog describes it, worked out by hand. */
class KpiScoringTests {

	static final KpiScoring.Rule COVERAGE = new KpiScoring.Rule("INSPECTION_COVERAGE", "检查覆盖率", "RATE",
			new BigDecimal("30"), new BigDecimal("0.8"), null);

	static final KpiScoring.Rule PENALTIES = new KpiScoring.Rule("PENALTIES", "行政处罚决定数", "COUNT", new BigDecimal("20"),
			null, new BigDecimal("5"));

	@Test
	void aRateEarnsItsShareOfTheFullRate() {
		// 7 of 10 = 0.7; 0.7 / 0.8 = 0.875; 30 × 0.875 = 26.25.
		KpiFigure f = KpiScoring.score(COVERAGE, 7, 10);
		assertThat(f.rate()).isEqualByComparingTo("0.7");
		assertThat(f.points()).isEqualByComparingTo("26.25");
		// 9 of 10 = 0.9, above the full rate 0.8: the full 30, never more.
		assertThat(KpiScoring.score(COVERAGE, 9, 10).points()).isEqualByComparingTo("30.00");
	}

	@Test
	void aRateWithoutDenominatorIsNotApplicableAndLeavesThePossibleTotal() {
		KpiFigure none = KpiScoring.score(COVERAGE, 0, 0);
		assertThat(none.applicable()).isFalse();
		assertThat(none.rate()).isNull();
		// 3 × 5 = 15 of the penalties' 20; coverage not applicable: 15 of 20 possible = 75.00.
		KpiScoring.Total total = KpiScoring.total(List.of(none, KpiScoring.score(PENALTIES, 3, 0)));
		assertThat(total.points()).isEqualByComparingTo("15");
		assertThat(total.possible()).isEqualByComparingTo("20");
		assertThat(total.score()).isEqualByComparingTo("75.00");
		assertThat(KpiScoring.total(List.of(none)).score()).isNull();
	}

	@Test
	void aCountEarnsItsUnitPointsUpToTheMaximum() {
		// 3 × 5 = 15; 5 × 5 = 25, capped at 20.
		assertThat(KpiScoring.score(PENALTIES, 3, 0).points()).isEqualByComparingTo("15.00");
		assertThat(KpiScoring.score(PENALTIES, 5, 0).points()).isEqualByComparingTo("20.00");
		assertThat(KpiScoring.score(PENALTIES, 5, 0).denominator()).isNull();
	}

}
