package org.ohsonline.reference.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ohsonline.reference.CatalogEntry;
import org.ohsonline.shared.InvalidInputException.FieldError;

import static org.assertj.core.api.Assertions.assertThat;

/** The enforcement catalogs as loaded: the bundled files pass; a refinement wider than its band, a band outside its statute, an item without legal basis, a ratio above 1 do not. */
class EnforcementCatalogRulesTests {

	static final String LAW = "职业病防治法（2018年修正）";

	static List<FieldError> check(String catalog, List<CatalogEntry> entries) {
		return AttributeRules.check(catalog, entries, i -> i + 2);
	}

	@Test
	void theBundledEnforcementCatalogsAreValid() {
		for (String[] c : new String[][] { { BundledCatalogs.DISCRETION_BENCHMARK, "reference/discretion-benchmark-2018.csv" },
				{ BundledCatalogs.INSPECTION_CHECKLIST, "reference/inspection-checklist-2018.csv" },
				{ BundledCatalogs.INSPECTION_SAMPLING, "reference/inspection-sampling-2022.csv" } }) {
			assertThat(check(c[0], BundledCatalogs.read(c[1]).entries())).as(c[1]).isEmpty();
		}
	}

	@Test
	void aMunicipalRefinementMayNarrowItsProvincialBandButNeverExceedIt() {
		List<CatalogEntry> entries = new ArrayList<>(BundledCatalogs.read("reference/discretion-benchmark-2018.csv").entries());
		// Art. 71 一般 is ¥50,000–65,000 in the province: 宁波 asks for up to 70,000
		entries.add(new CatalogEntry("71-GENERAL-3302", "宁波细化", "71", 2, Map.of("kind", "refinement", "law", LAW, "article",
				"71", "band", "GENERAL", "min", "50000", "max", "70000", "region", "3302")));
		// and a band of Art. 72 above its statutory ¥200,000
		entries.removeIf(e -> e.code().equals("72-GRAVE"));
		entries.add(new CatalogEntry("72-GRAVE", "严重情节", "72", 2, Map.of("kind", "band", "law", LAW, "article", "72", "band",
				"GRAVE", "min", "155000", "max", "250000")));

		assertThat(check(BundledCatalogs.DISCRETION_BENCHMARK, entries)).extracting(FieldError::code)
			.containsExactly("reference.entry.discretionRange", "reference.entry.discretionRange");
	}

	@Test
	void aChecklistItemNeedsItsLegalBasisAndASamplingRatioStaysWithinOne() {
		assertThat(check(BundledCatalogs.INSPECTION_CHECKLIST, List.of(new CatalogEntry("X1", "无依据", "X", 2,
				Map.of("law", LAW, "violation", "72.2"))))).extracting(FieldError::code)
			.containsExactly("reference.entry.legalBasisMissing");
		assertThat(check(BundledCatalogs.INSPECTION_CHECKLIST, List.of(new CatalogEntry("X1", "罚则写错", "X", 2,
				Map.of("law", LAW, "article", "22", "violation", "72-2"))))).hasSize(1);
		assertThat(check(BundledCatalogs.INSPECTION_SAMPLING, List.of(new CatalogEntry("RATIO-BING", "丙", null, 1,
				Map.of("kind", "classRatio", "riskClass", "BING", "ratio", "1.5"))))).extracting(FieldError::code)
			.containsExactly("reference.entry.samplingInvalid");
		assertThat(check(BundledCatalogs.INSPECTION_SAMPLING, List.of(new CatalogEntry("RANDOM-ARM", "随机", null, 1,
				Map.of("kind", "randomArm", "ratio", "0.6"))))).hasSize(1);
	}

}
