package org.ohsonline.agency.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report-quality draw (OHS-QUALITY-1, decision 0034): the same inputs give the same sample, the inputs file
 * read back redoes it, and each organisation is drawn at the ratio of its level — level C's higher ratio, not
 * rated yet at level B's.
 */
class QualityDrawTests {

	private static final QualityRules.Ratios RATIOS = new QualityRules.Ratios(1, "platform 2026",
			Map.of("LEVEL_A", new BigDecimal("0.05"), "LEVEL_B", new BigDecimal("0.10"), "LEVEL_C",
					new BigDecimal("0.30")));

	/** Organisation 1 at level A, 2 at C, 3 not rated, 20 reports each (delivery ids 100.., 200.., 300..). */
	private static QualityDraw.Inputs inputs(String region) {
		List<QualityDraw.Candidate> candidates = new ArrayList<>();
		for (int org = 1; org <= 3; org++) {
			for (int i = 0; i < 20; i++) {
				candidates.add(new QualityDraw.Candidate(org * 100L + i, org, i % 4 == 0 ? "EXAM_BATCH" : "TESTING_JOB"));
			}
		}
		return new QualityDraw.Inputs(region, "2026Q4", "platform 2026 (unverified)", "platform 2026 (unverified)",
				List.of(new QualityDraw.Organisation(3, "NOT_RATED", RATIOS.of("NOT_RATED")),
						new QualityDraw.Organisation(1, "A", RATIOS.of("LEVEL_A")),
						new QualityDraw.Organisation(2, "C", RATIOS.of("LEVEL_C"))),
				candidates);
	}

	@Test
	void drawsTheSameSampleFromTheSameInputs() {
		List<QualityDraw.Line> first = QualityDraw.draw(inputs("330105"));
		assertThat(QualityDraw.draw(inputs("330105"))).isEqualTo(first);
		// the published inputs file, read back, redoes the draw with the same seed
		String text = QualityDraw.inputsText(inputs("330105"));
		QualityDraw.Inputs parsed = QualityDraw.parse(text);
		assertThat(QualityDraw.seed(parsed)).isEqualTo(QualityDraw.seed(inputs("330105")));
		assertThat(QualityDraw.draw(parsed)).isEqualTo(first);
		assertThat(text).startsWith("OHS-QUALITY-1\nregion 330105\nperiod 2026Q4\n")
			.contains("org 1 A 0.05\norg 2 C 0.30\norg 3 NOT_RATED 0.10\n")
			.contains("candidate 100 1 EXAM_BATCH\n");
		// another region's inputs give another seed, and another order
		assertThat(QualityDraw.seed(inputs("330106"))).isNotEqualTo(QualityDraw.seed(inputs("330105")));
	}

	@Test
	void drawsLevelCAtItsHigherRatioAndNotRatedAtTheMiddleOne() {
		List<QualityDraw.Line> lines = QualityDraw.draw(inputs("330105"));
		// ⌈0.05 × 20⌉ = 1 for A, ⌈0.30 × 20⌉ = 6 for C, ⌈0.10 × 20⌉ = 2 for the organisation not rated yet
		assertThat(lines.stream().filter(l -> l.agencyId() == 1)).hasSize(1);
		assertThat(lines.stream().filter(l -> l.agencyId() == 2)).hasSize(6);
		assertThat(lines.stream().filter(l -> l.agencyId() == 3)).hasSize(2);
		assertThat(lines).extracting(QualityDraw.Line::seq).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
		// each drawn report is one of its organisation's
		assertThat(lines).allSatisfy(l -> assertThat(l.deliveryId() / 100).isEqualTo(l.agencyId()));
		assertThat(RATIOS.of("NOT_RATED")).isEqualByComparingTo(RATIOS.of("LEVEL_B"));
	}

	@Test
	void drawsAtLeastOneReportOfEveryOrganisationThatIssuedAnyAndNeverMoreThanItIssued() {
		assertThat(QualityDraw.quota(new BigDecimal("0.05"), 1)).isEqualTo(1);
		assertThat(QualityDraw.quota(new BigDecimal("0.30"), 3)).isEqualTo(1);
		assertThat(QualityDraw.quota(new BigDecimal("0.30"), 4)).isEqualTo(2);
		assertThat(QualityDraw.quota(new BigDecimal("0.30"), 0)).isZero();
		assertThat(QualityDraw.quota(BigDecimal.ONE, 7)).isEqualTo(7);
	}

	@Test
	void countsComplaintsAndPenaltiesOnlyWithSomethingToJudgeBy() {
		assertThat(RatingFacts.deduction(0, 20, false).value()).as("no deliveries, no complaints: no data").isNull();
		assertThat(RatingFacts.deduction(0, 20, true).value()).isEqualByComparingTo("100");
		assertThat(RatingFacts.deduction(2, 20, true).value()).isEqualByComparingTo("60");
		assertThat(RatingFacts.deduction(3, 50, false).value()).as("not below 0").isEqualByComparingTo("0");
	}

}
