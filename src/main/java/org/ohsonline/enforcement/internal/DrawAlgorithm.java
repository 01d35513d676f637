package org.ohsonline.enforcement.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.ohsonline.enforcement.Arm;
import org.ohsonline.shared.SeededOrder;

/**
 * The draw of a random inspection plan, algorithm {@value #NAME}: deterministic in the seed and the frozen
 * inputs, so that anyone holding the published inputs file and the revealed seed gets the same lines
 * (docs/enforcement.md states it step by step and gives an independent script). Pure: no database, no clock.
 * <ol>
 * <li>key(label, x) = SHA-256 (hex, lower case) of the UTF-8 text {@code seed|label|x}; lists are ordered by
 * key ascending.</li>
 * <li>FULL: every candidate whose industry starts with a full-coverage prefix, ordered by key(F, credit code).</li>
 * <li>The rest R; n_c its candidates of class c, planned_c = ratio_c × n_c. RANDOM: the first
 * k = ⌈share × Σ planned_c⌉ of R ordered by key(R, credit code), whatever their class.</li>
 * <li>TARGETED, classes in the order BING, YI, JIA, NONE: the first q_c = ⌈(1 − share) × planned_c⌉ of the
 * class's candidates in R not drawn at random, ordered by key(T, credit code).</li>
 * <li>Inspectors ranked by key(I, code). Line by line, the two eligible inspectors (not excluded for the
 * employer) with the fewest lines so far, ties by rank; with fewer than two eligible the line has none.</li>
 * </ol>
 */
final class DrawAlgorithm {

	static final String NAME = "OHS-DRAW-1";

	/** The classes in the order the targeted arm draws them (and the inputs file lists their ratios). */
	static final List<String> CLASSES = List.of("BING", "YI", "JIA", "NONE");

	private DrawAlgorithm() {
	}

	record Candidate(String creditCode, String riskClass, String industry) {
	}

	record Exclusion(String inspector, String creditCode) {
	}

	/**
	 * What a plan freezes at commit. Lists are kept sorted (candidates by credit code, inspectors and
	 * exclusions as text) so that the same inputs always give the same file.
	 */
	record Inputs(String plan, Map<String, BigDecimal> ratios, BigDecimal randomShare, List<String> fullCoverage,
			List<Candidate> candidates, List<String> inspectors, List<Exclusion> exclusions) {

		Inputs {
			Map<String, BigDecimal> ordered = new LinkedHashMap<>();
			for (String c : CLASSES) {
				ordered.put(c, ratios.getOrDefault(c, BigDecimal.ZERO));
			}
			ratios = java.util.Collections.unmodifiableMap(ordered);
			fullCoverage = fullCoverage.stream().sorted().distinct().toList();
			candidates = candidates.stream().sorted(Comparator.comparing(Candidate::creditCode)).toList();
			inspectors = inspectors.stream().sorted().distinct().toList();
			exclusions = exclusions.stream()
				.distinct()
				.sorted(Comparator.comparing(Exclusion::inspector).thenComparing(Exclusion::creditCode))
				.toList();
		}

	}

	record Line(int seq, String creditCode, String riskClass, Arm arm, String inspectorA, String inspectorB) {

		boolean assignedBoth() {
			return this.inspectorA != null && this.inspectorB != null;
		}

	}

	/** The commitment published before the draw: SHA-256 (hex) of the seed's text. */
	static String commitment(String seed) {
		return sha256(seed);
	}

	static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static List<Line> draw(String seed, Inputs inputs) {
		Keys keys = new Keys(seed);
		List<Candidate> full = new ArrayList<>();
		List<Candidate> rest = new ArrayList<>();
		for (Candidate c : inputs.candidates()) {
			boolean covered = c.industry() != null && inputs.fullCoverage().stream().anyMatch(p -> c.industry().startsWith(p));
			(covered ? full : rest).add(c);
		}
		Map<String, Integer> perClass = new HashMap<>();
		rest.forEach(c -> perClass.merge(c.riskClass(), 1, Integer::sum));
		BigDecimal planned = BigDecimal.ZERO;
		Map<String, BigDecimal> plannedPerClass = new HashMap<>();
		for (String c : CLASSES) {
			BigDecimal p = inputs.ratios().get(c).multiply(BigDecimal.valueOf(perClass.getOrDefault(c, 0)));
			plannedPerClass.put(c, p);
			planned = planned.add(p);
		}
		int k = Math.min(rest.size(), ceil(inputs.randomShare().multiply(planned)));

		List<Candidate> order = new ArrayList<>();
		List<Arm> arms = new ArrayList<>();
		for (Candidate c : keys.sorted("F", full)) {
			order.add(c);
			arms.add(Arm.FULL);
		}
		List<Candidate> random = keys.sorted("R", rest).subList(0, k);
		Set<String> taken = new HashSet<>();
		for (Candidate c : random) {
			order.add(c);
			arms.add(Arm.RANDOM);
			taken.add(c.creditCode());
		}
		BigDecimal targetedShare = BigDecimal.ONE.subtract(inputs.randomShare());
		for (String cls : CLASSES) {
			int quota = ceil(targetedShare.multiply(plannedPerClass.get(cls)));
			List<Candidate> pool = rest.stream()
				.filter(c -> cls.equals(c.riskClass()) && !taken.contains(c.creditCode()))
				.toList();
			for (Candidate c : keys.sorted("T", pool).subList(0, Math.min(quota, pool.size()))) {
				order.add(c);
				arms.add(Arm.TARGETED);
			}
		}
		return assign(keys, inputs, order, arms);
	}

	private static List<Line> assign(Keys keys, Inputs inputs, List<Candidate> order, List<Arm> arms) {
		Map<String, Set<String>> excluded = new HashMap<>();
		inputs.exclusions().forEach(e -> excluded.computeIfAbsent(e.creditCode(), x -> new HashSet<>()).add(e.inspector()));
		List<String> ranked = new ArrayList<>(inputs.inspectors());
		ranked.sort(Comparator.comparing((String i) -> keys.key("I", i)).thenComparing(i -> i));
		Map<String, Integer> rank = new HashMap<>();
		for (int i = 0; i < ranked.size(); i++) {
			rank.put(ranked.get(i), i);
		}
		Map<String, Integer> load = new HashMap<>();
		TreeSet<String> queue = new TreeSet<>(Comparator.comparing((String i) -> load.getOrDefault(i, 0))
			.thenComparing(rank::get));
		queue.addAll(ranked);
		List<Line> lines = new ArrayList<>(order.size());
		for (int n = 0; n < order.size(); n++) {
			Candidate c = order.get(n);
			Set<String> not = excluded.getOrDefault(c.creditCode(), Set.of());
			List<String> chosen = new ArrayList<>(2);
			for (String inspector : queue) {
				if (!not.contains(inspector)) {
					chosen.add(inspector);
					if (chosen.size() == 2) {
						break;
					}
				}
			}
			if (chosen.size() == 2) {
				for (String inspector : chosen) {
					queue.remove(inspector);
					load.merge(inspector, 1, Integer::sum);
					queue.add(inspector);
				}
				lines.add(new Line(n + 1, c.creditCode(), c.riskClass(), arms.get(n), chosen.get(0), chosen.get(1)));
			}
			else {
				lines.add(new Line(n + 1, c.creditCode(), c.riskClass(), arms.get(n), null, null));
			}
		}
		return lines;
	}

	private static int ceil(BigDecimal value) {
		return value.setScale(0, RoundingMode.CEILING).intValueExact();
	}

	/** The inputs file: one fact a line, in a fixed order; its SHA-256 is published at commit. */
	static String inputsText(Inputs inputs) {
		StringBuilder text = new StringBuilder(64 + inputs.candidates().size() * 40);
		text.append(NAME).append('\n');
		text.append("plan ").append(inputs.plan()).append('\n');
		inputs.ratios().forEach((c, r) -> text.append("ratio ").append(c).append(' ').append(r.toPlainString()).append('\n'));
		text.append("random-share ").append(inputs.randomShare().toPlainString()).append('\n');
		inputs.fullCoverage().forEach(p -> text.append("full-coverage ").append(p).append('\n'));
		for (Candidate c : inputs.candidates()) {
			text.append("candidate ").append(c.creditCode()).append(' ').append(c.riskClass()).append(' ')
				.append(c.industry() == null || c.industry().isBlank() ? "-" : c.industry()).append('\n');
		}
		inputs.inspectors().forEach(i -> text.append("inspector ").append(i).append('\n'));
		inputs.exclusions().forEach(e -> text.append("exclude ").append(e.inspector()).append(' ').append(e.creditCode()).append('\n'));
		return text.toString();
	}

	/** Reads an inputs file written by {@link #inputsText}. */
	static Inputs parse(String text) {
		String[] rows = text.split("\n");
		if (rows.length < 2 || !NAME.equals(rows[0])) {
			throw new IllegalArgumentException("not an " + NAME + " inputs file");
		}
		String plan = null;
		Map<String, BigDecimal> ratios = new LinkedHashMap<>();
		BigDecimal share = BigDecimal.ZERO;
		List<String> full = new ArrayList<>();
		List<Candidate> candidates = new ArrayList<>();
		List<String> inspectors = new ArrayList<>();
		List<Exclusion> exclusions = new ArrayList<>();
		for (int i = 1; i < rows.length; i++) {
			String[] f = rows[i].split(" ");
			switch (f[0]) {
				case "plan" -> plan = f[1];
				case "ratio" -> ratios.put(f[1], new BigDecimal(f[2]));
				case "random-share" -> share = new BigDecimal(f[1]);
				case "full-coverage" -> full.add(f[1]);
				case "candidate" -> candidates.add(new Candidate(f[1], f[2], "-".equals(f[3]) ? null : f[3]));
				case "inspector" -> inspectors.add(f[1]);
				case "exclude" -> exclusions.add(new Exclusion(f[1], f[2]));
				default -> throw new IllegalArgumentException("unknown line " + (i + 1) + ": " + f[0]);
			}
		}
		return new Inputs(plan, ratios, share, full, candidates, inspectors, exclusions);
	}

	/** The result: one drawn line a line; its SHA-256 is published with the seed. */
	static String resultText(List<Line> lines) {
		StringBuilder text = new StringBuilder(lines.size() * 60);
		for (Line l : lines) {
			text.append("line ").append(l.seq()).append(' ').append(l.arm()).append(' ').append(l.creditCode()).append(' ')
				.append(l.riskClass()).append(' ').append(l.inspectorA() == null ? "-" : l.inspectorA()).append(' ')
				.append(l.inspectorB() == null ? "-" : l.inspectorB()).append('\n');
		}
		return text.toString();
	}

	/** Keys of one seed: the platform's shared seeded ordering ({@link SeededOrder}). */
	private static final class Keys {

		private final SeededOrder order;

		Keys(String seed) {
			this.order = new SeededOrder(seed);
		}

		String key(String label, String value) {
			return this.order.key(label, value);
		}

		List<Candidate> sorted(String label, List<Candidate> candidates) {
			return this.order.sorted(label, candidates, Candidate::creditCode);
		}

	}

}
