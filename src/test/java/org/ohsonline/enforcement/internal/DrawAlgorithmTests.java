package org.ohsonline.enforcement.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.ohsonline.enforcement.Arm;
import org.ohsonline.enforcement.internal.DrawAlgorithm.Candidate;
import org.ohsonline.enforcement.internal.DrawAlgorithm.Exclusion;
import org.ohsonline.enforcement.internal.DrawAlgorithm.Inputs;
import org.ohsonline.enforcement.internal.DrawAlgorithm.Line;

import static org.assertj.core.api.Assertions.assertThat;

class DrawAlgorithmTests {

	private static final String SEED = "5f1c0a7e9b3d4c2a8e6f0b1d2c3a4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d";

	/** 1,000 丙, 2,000 乙, 6,000 甲, 1,000 unclassified, 100 chemical (division 26), 40 inspectors. */
	private static Inputs inputs(BigDecimal share, List<Exclusion> exclusions) {
		List<Candidate> candidates = new ArrayList<>();
		add(candidates, "B", "BING", "3311", 1000);
		add(candidates, "Y", "YI", "3311", 2000);
		add(candidates, "J", "JIA", "5211", 6000);
		add(candidates, "N", "NONE", "3311", 1000);
		add(candidates, "C", "YI", "2614", 100);
		List<String> inspectors = new ArrayList<>();
		for (int i = 1; i <= 40; i++) {
			inspectors.add("I-" + i);
		}
		return new Inputs("PLAN1", Map.of("BING", new BigDecimal("0.30"), "YI", new BigDecimal("0.10"), "JIA",
				new BigDecimal("0.03"), "NONE", new BigDecimal("0.10")), share, List.of("26", "30"), candidates, inspectors,
				exclusions);
	}

	private static void add(List<Candidate> list, String prefix, String cls, String industry, int count) {
		for (int i = 0; i < count; i++) {
			list.add(new Candidate(String.format("91330105%s%09d", prefix, i), cls, industry));
		}
	}

	@Test
	void theSameSeedAndInputsGiveTheSameDrawAndAnotherSeedAnother() {
		Inputs inputs = inputs(new BigDecimal("0.20"), List.of());
		List<Line> first = DrawAlgorithm.draw(SEED, inputs);
		List<Line> again = DrawAlgorithm.draw(SEED, DrawAlgorithm.parse(DrawAlgorithm.inputsText(inputs)));
		List<Line> other = DrawAlgorithm.draw(SEED.replace('5', '6'), inputs);

		assertThat(DrawAlgorithm.resultText(again)).isEqualTo(DrawAlgorithm.resultText(first));
		assertThat(other.stream().map(Line::creditCode).toList()).isNotEqualTo(first.stream().map(Line::creditCode).toList());
		// the same sizes, though: the quotas depend on the inputs only
		assertThat(other).hasSameSizeAs(first);
	}

	@Test
	void coversTheFullCoverageIndustriesAndHonoursTheRatioOfEachClass() {
		// planned: 丙 0.30 × 1000 = 300, 乙 0.10 × 2000 = 200, 甲 0.03 × 6000 = 180, none 0.10 × 1000 = 100: 780
		// random arm ⌈0.20 × 780⌉ = 156; targeted ⌈0.8 × 300⌉ = 240, ⌈0.8 × 200⌉ = 160, ⌈0.8 × 180⌉ = 144, ⌈0.8 × 100⌉ = 80
		List<Line> lines = DrawAlgorithm.draw(SEED, inputs(new BigDecimal("0.20"), List.of()));

		Map<Arm, Long> perArm = lines.stream().collect(Collectors.groupingBy(Line::arm, Collectors.counting()));
		assertThat(perArm).containsEntry(Arm.FULL, 100L).containsEntry(Arm.RANDOM, 156L);
		Map<String, Long> targeted = lines.stream()
			.filter(l -> l.arm() == Arm.TARGETED)
			.collect(Collectors.groupingBy(Line::riskClass, Collectors.counting()));
		assertThat(targeted).containsEntry("BING", 240L).containsEntry("YI", 160L).containsEntry("JIA", 144L)
			.containsEntry("NONE", 80L);
		assertThat(lines.stream().filter(l -> l.arm() == Arm.FULL)).allMatch(l -> l.creditCode().contains("C"));
		assertThat(lines.stream().map(Line::creditCode).distinct().count()).isEqualTo(lines.size());
		// 丙 is inspected at a higher rate than 乙, 乙 than 甲, whatever the random arm adds
		Map<String, Long> all = lines.stream()
			.filter(l -> l.arm() != Arm.FULL)
			.collect(Collectors.groupingBy(Line::riskClass, Collectors.counting()));
		assertThat(all.get("BING") / 1000.0).isGreaterThan(all.get("YI") / 2000.0);
		assertThat(all.get("YI") / 2000.0).isGreaterThan(all.get("JIA") / 6000.0);
	}

	@Test
	void theRandomArmIsUniformOverTheClasses() {
		// Over 100 seeds the random arm's picks per class should follow the classes' shares of the 10,000
		// candidates outside full coverage (10 %, 20 %, 60 %, 10 %): Pearson's chi-square with 3 degrees of
		// freedom stays below 11.34 (p = 0.01); a draw favouring a class by a tenth would exceed it.
		Inputs inputs = inputs(new BigDecimal("0.20"), List.of());
		Map<String, Long> picks = new HashMap<>();
		long total = 0;
		for (int s = 0; s < 100; s++) {
			for (Line l : DrawAlgorithm.draw("seed-" + s, inputs)) {
				if (l.arm() == Arm.RANDOM) {
					picks.merge(l.riskClass(), 1L, Long::sum);
					total++;
				}
			}
		}
		Map<String, Double> share = Map.of("BING", 0.1, "YI", 0.2, "JIA", 0.6, "NONE", 0.1);
		double chi = 0;
		for (var e : share.entrySet()) {
			double expected = total * e.getValue();
			double observed = picks.getOrDefault(e.getKey(), 0L);
			chi += (observed - expected) * (observed - expected) / expected;
		}
		assertThat(total).isEqualTo(100L * 156);
		assertThat(chi).isLessThan(11.34);
	}

	@Test
	void neverDrawsAnExcludedInspectorAndSpreadsTheLinesEvenly() {
		List<Exclusion> exclusions = new ArrayList<>();
		Inputs plain = inputs(new BigDecimal("0.20"), List.of());
		// exclude the two inspectors each of the first 50 lines got without exclusions
		for (Line l : DrawAlgorithm.draw(SEED, plain).subList(0, 50)) {
			exclusions.add(new Exclusion(l.inspectorA(), l.creditCode()));
			exclusions.add(new Exclusion(l.inspectorB(), l.creditCode()));
		}
		List<Line> lines = DrawAlgorithm.draw(SEED, inputs(new BigDecimal("0.20"), exclusions));

		Set<String> forbidden = exclusions.stream().map(e -> e.inspector() + " " + e.creditCode()).collect(Collectors.toSet());
		assertThat(lines).allMatch(Line -> !forbidden.contains(Line.inspectorA() + " " + Line.creditCode())
				&& !forbidden.contains(Line.inspectorB() + " " + Line.creditCode()));
		assertThat(lines).allMatch(l -> l.inspectorA() != null && !l.inspectorA().equals(l.inspectorB()));
		Map<String, Long> load = new HashMap<>();
		lines.forEach(l -> {
			load.merge(l.inspectorA(), 1L, Long::sum);
			load.merge(l.inspectorB(), 1L, Long::sum);
		});
		// 880 lines × 2 over 40 inspectors: 44 each, at most one apart
		assertThat(load.values().stream().mapToLong(Long::longValue).max().getAsLong()
				- load.values().stream().mapToLong(Long::longValue).min().getAsLong()).isLessThanOrEqualTo(1);
	}

	@Test
	void aLineWithFewerThanTwoEligibleInspectorsHasNone() {
		Inputs inputs = new Inputs("P", Map.of("BING", BigDecimal.ONE), BigDecimal.ZERO, List.of(),
				List.of(new Candidate("A1", "BING", "3311"), new Candidate("A2", "BING", "3311")), List.of("I-1", "I-2"),
				List.of(new Exclusion("I-1", "A2")));

		List<Line> lines = DrawAlgorithm.draw(SEED, inputs);

		assertThat(lines).hasSize(2);
		assertThat(lines.stream().filter(l -> l.creditCode().equals("A2")).findFirst().orElseThrow().inspectorA()).isNull();
		assertThat(lines.stream().filter(l -> l.creditCode().equals("A1")).findFirst().orElseThrow().assignedBoth()).isTrue();
	}

	@Test
	void theIndependentScriptOfTheDocsRecomputesTheSameDraw(@org.junit.jupiter.api.io.TempDir java.nio.file.Path temp)
			throws Exception {
		org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isExecutable(java.nio.file.Path.of("/usr/bin/python3")),
				"python3 is not installed");
		List<Exclusion> exclusions = List.of(new Exclusion("I-3", "91330105B000000007"), new Exclusion("I-7", "91330105C000000001"));
		Inputs inputs = inputs(new BigDecimal("0.15"), exclusions);
		java.nio.file.Path inputsFile = java.nio.file.Files.writeString(temp.resolve("inputs.txt"), DrawAlgorithm.inputsText(inputs));
		java.nio.file.Path resultFile = java.nio.file.Files.writeString(temp.resolve("result.txt"),
				DrawAlgorithm.resultText(DrawAlgorithm.draw(SEED, inputs)));
		Process process = new ProcessBuilder("/usr/bin/python3", "docs/tools/verify-draw.py", inputsFile.toString(), SEED,
				resultFile.toString())
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(process.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
		assertThat(output).contains("SHA-256(seed)    " + DrawAlgorithm.commitment(SEED))
			.contains("identical to the published result: True");
		assertThat(process.exitValue()).as(output).isZero();
	}

	@Test
	void theCommitmentIsTheSha256OfTheSeedText() {
		// echo -n abc | sha256sum
		assertThat(DrawAlgorithm.commitment("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

}
