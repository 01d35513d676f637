package org.ohsonline.enforcement.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ohsonline.enforcement.internal.DrawAlgorithm.Candidate;
import org.ohsonline.enforcement.internal.DrawAlgorithm.Exclusion;
import org.ohsonline.enforcement.internal.DrawAlgorithm.Inputs;
import org.ohsonline.enforcement.internal.DrawAlgorithm.Line;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The province-wide draw of issue 14 (bench/draw.sh, docs/benchmarks.md): 300,000 employers (classes 丙 10 %, 乙 30 %,
 * 甲 50 %, unclassified 10 %, 2 % in full-coverage industries), 2,000 inspectors and 20,000 exclusions; the draw, the
 * inputs file written and read back, and the recomputation from it. Not a *Tests class: it runs only when named.
 */
class DrawBenchmark {

	private static final Logger log = LoggerFactory.getLogger(DrawBenchmark.class);

	@Test
	void drawsAProvinceAndRecomputesItFromThePublishedFile() {
		List<Candidate> candidates = new ArrayList<>(300_000);
		String[] classes = { "BING", "YI", "YI", "YI", "JIA", "JIA", "JIA", "JIA", "JIA", "NONE" };
		for (int i = 0; i < 300_000; i++) {
			String industry = i % 50 == 0 ? "2614" : "3311";
			candidates.add(new Candidate(String.format("913300%012d", i), classes[i % 10], industry));
		}
		List<String> inspectors = new ArrayList<>();
		for (int i = 1; i <= 2_000; i++) {
			inspectors.add("I" + i);
		}
		List<Exclusion> exclusions = new ArrayList<>();
		for (int i = 0; i < 20_000; i++) {
			exclusions.add(new Exclusion("I" + (1 + i % 2_000), String.format("913300%012d", i * 15)));
		}
		Inputs inputs = new Inputs("BENCH", Map.of("BING", new BigDecimal("0.30"), "YI", new BigDecimal("0.10"), "JIA",
				new BigDecimal("0.03"), "NONE", new BigDecimal("0.10")), new BigDecimal("0.20"), List.of("26", "30"),
				candidates, inspectors, exclusions);
		String seed = "b".repeat(64);
		DrawAlgorithm.draw(seed, inputs); // warm-up
		long started = System.nanoTime();
		List<Line> lines = DrawAlgorithm.draw(seed, inputs);
		long drawn = System.nanoTime();
		String text = DrawAlgorithm.inputsText(inputs);
		String result = DrawAlgorithm.resultText(lines);
		long written = System.nanoTime();
		String again = DrawAlgorithm.resultText(DrawAlgorithm.draw(seed, DrawAlgorithm.parse(text)));
		long recomputed = System.nanoTime();
		assertThat(again).isEqualTo(result);
		log.info("DRAW-BENCH employers 300000 inspectors 2000 exclusions 20000 lines {} draw {} ms, files {} ms ({} MB inputs), "
				+ "recomputation from the file {} ms, identical {}", lines.size(), (drawn - started) / 1_000_000,
				(written - drawn) / 1_000_000, text.length() / 1_000_000, (recomputed - written) / 1_000_000,
				again.equals(result));
	}

}
