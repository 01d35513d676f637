package org.ohsonline.enforcement.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ohsonline.enforcement.Band;
import org.ohsonline.enforcement.Circumstances;
import org.ohsonline.enforcement.LegalBasis;
import org.ohsonline.enforcement.Recommendation;
import org.ohsonline.reference.CatalogEntry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The bundled benchmark, read as the catalog holds it, on hand-worked cases of Arts. 70, 71, 72 and 75. */
class DiscretionBenchmarkTests {

	static final String LAW = "职业病防治法（2018年修正）";

	static List<CatalogEntry> bundled() throws Exception {
		List<CatalogEntry> entries = new ArrayList<>();
		try (InputStream in = DiscretionBenchmarkTests.class.getResourceAsStream("/reference/discretion-benchmark-2018.csv")) {
			List<String> lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
			String[] header = lines.get(0).split(",");
			for (String line : lines.subList(1, lines.size())) {
				List<String> cells = csv(line);
				Map<String, Object> attributes = new java.util.HashMap<>();
				for (int i = 4; i < header.length; i++) {
					String name = header[i].equals("fine_optional") ? "fineOptional" : header[i];
					if (i < cells.size() && !cells.get(i).isEmpty()) {
						attributes.put(name, cells.get(i));
					}
				}
				entries.add(new CatalogEntry(cells.get(0), cells.get(1), cells.get(2), Integer.parseInt(cells.get(3)), attributes));
			}
		}
		return entries;
	}

	private static List<String> csv(String line) {
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (char c : line.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			else if (c == ',' && !quoted) {
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else {
				cell.append(c);
			}
		}
		cells.add(cell.toString());
		return cells;
	}

	static LegalBasis violation(int article, int item) {
		return new LegalBasis(LAW, article, 0, item);
	}

	@Test
	void article71NoDeclarationFirstAndCorrectedIsMinorAndOnlyWarned() throws Exception {
		DiscretionBenchmark b = DiscretionBenchmark.of("test", bundled());
		// Art. 71: 可以并处 ¥50,000–100,000; 轻微 is a warning only (0–0)
		Recommendation r = b.recommend(violation(71, 1), "330105001", new Circumstances(true, true, false, false, false), false)
			.orElseThrow();
		assertThat(r.statuteMin()).isEqualTo(50_000);
		assertThat(r.statuteMax()).isEqualTo(100_000);
		assertThat(r.band()).isEqualTo(Band.MINOR);
		assertThat(r.amount()).isZero();
		assertThat(r.withinStatute(0)).as("the fine is optional").isTrue();
		assertThat(r.withinStatute(40_000)).isFalse();
		// 71(1) is not on the no-penalty list; 71(5) is
		assertThat(r.noPenaltyEligible()).isFalse();
	}

	@Test
	void article72RepeatIsSeriousWithTheBandsMidpoint() throws Exception {
		DiscretionBenchmark b = DiscretionBenchmark.of("test", bundled());
		// Art. 72: ¥50,000–200,000; 较重 95,000–155,000; midpoint 125,000
		Recommendation r = b.recommend(violation(72, 1), "330105", new Circumstances(false, false, false, true, false), false)
			.orElseThrow();
		assertThat(r.band()).isEqualTo(Band.SERIOUS);
		assertThat(r.bandMin()).isEqualTo(95_000);
		assertThat(r.bandMax()).isEqualTo(155_000);
		assertThat(r.amount()).isEqualTo(125_000);
		assertThat(r.withinBand(160_000)).isFalse();
		assertThat(r.withinStatute(160_000)).isTrue();
		assertThat(r.withinStatute(250_000)).isFalse();
	}

	@Test
	void article75HarmIsGrave() throws Exception {
		DiscretionBenchmark b = DiscretionBenchmark.of("test", bundled());
		// Art. 75: 并处 ¥50,000–300,000; 严重 225,000–300,000; midpoint 262,500 → 262,000
		Recommendation r = b.recommend(violation(75, 7), "330105", new Circumstances(true, true, true, false, false), false)
			.orElseThrow();
		assertThat(r.band()).isEqualTo(Band.GRAVE);
		assertThat(r.amount()).isEqualTo(262_000);
		assertThat(r.withinStatute(0)).as("the fine is not optional").isFalse();
	}

	@Test
	void theCitysRefinementNarrowsTheBandForItsDivisionsOnly() throws Exception {
		DiscretionBenchmark b = DiscretionBenchmark.of("test", bundled());
		Circumstances general = new Circumstances(false, false, false, false, false);
		// 杭州市 (3301) refines Art. 71 一般 from 50,000–65,000 to 50,000–60,000: midpoint 55,000
		Recommendation hangzhou = b.recommend(violation(71, 4), "330105", general, false).orElseThrow();
		assertThat(hangzhou.refinedBy()).isEqualTo("3301");
		assertThat(hangzhou.bandMax()).isEqualTo(60_000);
		assertThat(hangzhou.amount()).isEqualTo(55_000);
		Recommendation ningbo = b.recommend(violation(71, 4), "330203", general, false).orElseThrow();
		assertThat(ningbo.refinedBy()).isNull();
		assertThat(ningbo.bandMax()).isEqualTo(65_000);
		// 57,500 → 57,000
		assertThat(ningbo.amount()).isEqualTo(57_000);
	}

	@Test
	void firstOffenceNoPenaltyOnlyForListedItemsAndNeverForASecondOffenceWithinThePeriod() throws Exception {
		DiscretionBenchmark b = DiscretionBenchmark.of("test", bundled());
		Circumstances first = new Circumstances(true, true, false, false, false);
		assertThat(b.recommend(violation(70, 1), "330105", first, false).orElseThrow().noPenaltyEligible()).isTrue();
		assertThat(b.recommend(violation(70, 1), "330105", first, true).orElseThrow().noPenaltyEligible())
			.as("a second offence within 12 months").isFalse();
		assertThat(b.recommend(violation(70, 1), "330105", new Circumstances(true, false, false, false, false), false)
			.orElseThrow()
			.noPenaltyEligible()).as("not corrected").isFalse();
		assertThat(b.noPenaltyMonths(violation(70, 1))).contains(12);
		assertThat(b.recommend(violation(72, 1), "330105", first, false).orElseThrow().noPenaltyEligible()).isFalse();
	}

	@Test
	void refusesARefinementThatExceedsTheProvincialBandAndABandOutsideTheStatute() throws Exception {
		List<CatalogEntry> entries = new ArrayList<>(bundled());
		entries.add(new CatalogEntry("71-GENERAL-3302", "宁波细化", "71", 2, Map.of("kind", "refinement", "law", LAW,
				"article", "71", "band", "GENERAL", "min", "50000", "max", "70000", "region", "3302")));
		assertThatThrownBy(() -> DiscretionBenchmark.of("test", entries)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("refined by 3302").hasMessageContaining("exceeds the provincial band 50000–65000");

		List<CatalogEntry> outside = new ArrayList<>(bundled());
		outside.removeIf(e -> e.code().equals("72-GRAVE"));
		outside.add(new CatalogEntry("72-GRAVE", "严重情节", "72", 2, Map.of("kind", "band", "law", LAW, "article", "72",
				"band", "GRAVE", "min", "155000", "max", "250000")));
		assertThatThrownBy(() -> DiscretionBenchmark.of("test", outside)).hasMessageContaining("outside the statutory 50000–200000");
	}

	@Test
	void anArticleTheBenchmarkDoesNotCoverHasNoRecommendation() throws Exception {
		assertThat(DiscretionBenchmark.of("test", bundled())
			.recommend(violation(79, 0), "330105", new Circumstances(false, false, false, false, false), false)).isEmpty();
	}

}
