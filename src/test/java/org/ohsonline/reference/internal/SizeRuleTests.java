package org.ohsonline.reference.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ohsonline.reference.CatalogEntry;
import org.ohsonline.reference.SizeClass;
import org.ohsonline.reference.internal.SizeRule.Threshold;

import static org.assertj.core.api.Assertions.assertThat;

class SizeRuleTests {

	/** 工业 (B, C, D) in the 2017 rules: 1000/40000, 300/2000, 20/300. */
	private static final Threshold INDUSTRY = new Threshold("INDUSTRY", Set.of("B", "C", "D"), 1000, 40000L, 300,
			2000L, 20, 300L);

	private static final Threshold RETAIL = new Threshold("RETAIL", Set.of("52"), 300, 20000L, 50, 500L, 10, 100L);

	private static final Threshold REAL_ESTATE = new Threshold("REAL_ESTATE_DEVELOPMENT", Set.of("7010"), null,
			200000L, null, 1000L, null, 100L);

	private static final Threshold OTHER = new Threshold("OTHER", Set.of("*"), 300, null, 100, null, 10, null);

	@Test
	void classifiesAsLargeWhenHeadcountAndRevenueBothReachTheLargeThresholds() {
		assertThat(SizeRule.classify(INDUSTRY, 1200, 50000L)).contains(SizeClass.LARGE);
		assertThat(SizeRule.classify(INDUSTRY, 1000, 40000L)).contains(SizeClass.LARGE);
	}

	@Test
	void dropsAClassWhenOnlyOneOfTheTwoCriteriaIsMet() {
		assertThat(SizeRule.classify(INDUSTRY, 1200, 30000L)).contains(SizeClass.MEDIUM);
		assertThat(SizeRule.classify(INDUSTRY, 1200, 1000L)).contains(SizeClass.SMALL);
		assertThat(SizeRule.classify(INDUSTRY, 250, 50000L)).contains(SizeClass.SMALL);
	}

	@Test
	void classifiesAsMicroBelowSmallOnAnyCriterion() {
		assertThat(SizeRule.classify(INDUSTRY, 10, null)).contains(SizeClass.MICRO);
		assertThat(SizeRule.classify(INDUSTRY, 500, 200L)).contains(SizeClass.MICRO);
	}

	@Test
	void letsHeadcountDecideWhenRevenueIsUnknown() {
		assertThat(SizeRule.classify(INDUSTRY, 1200, null)).contains(SizeClass.LARGE);
		assertThat(SizeRule.classify(INDUSTRY, 250, null)).contains(SizeClass.SMALL);
		assertThat(SizeRule.classify(INDUSTRY, 300, null)).contains(SizeClass.MEDIUM);
		assertThat(SizeRule.classify(RETAIL, 60, 600L)).contains(SizeClass.MEDIUM);
	}

	@Test
	void cannotClassifyARevenueOnlyRowWithoutRevenue() {
		assertThat(SizeRule.classify(REAL_ESTATE, 5000, null)).isEmpty();
		assertThat(SizeRule.classify(REAL_ESTATE, 5, 250000L)).contains(SizeClass.LARGE);
		assertThat(SizeRule.classify(REAL_ESTATE, 5, 50L)).contains(SizeClass.MICRO);
	}

	@Test
	void picksTheRowOfTheMostSpecificCodeAndFallsBackToTheRowForAnyIndustry() {
		List<Threshold> rows = List.of(INDUSTRY, RETAIL, REAL_ESTATE, OTHER);

		assertThat(SizeRule.rowFor(rows, List.of("3311", "331", "33", "C"))).contains(INDUSTRY);
		assertThat(SizeRule.rowFor(rows, List.of("5211", "521", "52", "F"))).contains(RETAIL);
		assertThat(SizeRule.rowFor(rows, List.of("7010", "701", "70", "K"))).contains(REAL_ESTATE);
		assertThat(SizeRule.rowFor(rows, List.of("7020", "702", "70", "K"))).contains(OTHER);
		assertThat(SizeRule.rowFor(List.of(INDUSTRY), List.of("8310", "831", "83", "P"))).isEmpty();
	}

	@Test
	void readsAThresholdRowFromItsCatalogAttributes() {
		CatalogEntry entry = new CatalogEntry("TRANSPORT", "交通运输业", null, 1,
				Map.of("industryCodes", "53, 54,55", "largeEmployees", "1000", "largeRevenue", "30000",
						"mediumEmployees", "300", "smallEmployees", "20"));

		Threshold row = Threshold.of(entry);

		assertThat(row.industryCodes()).containsExactlyInAnyOrder("53", "54", "55");
		assertThat(row.largeRevenue()).isEqualTo(30000L);
		assertThat(row.mediumRevenue()).isNull();
		assertThat(SizeRule.classify(row, 400, null)).contains(SizeClass.MEDIUM);
	}

}
