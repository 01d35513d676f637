package org.ohsonline.projects.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ohsonline.shared.Hashes;
import org.ohsonline.shared.SeededOrder;

/**
 * The verification draw of completed construction projects, algorithm {@value #NAME}: deterministic in its frozen
 * inputs, with no secret (docs/projects.md states it step by step). Pure: no database, no clock.
 * <ol>
 * <li>The inputs file lists the algorithm, region, period, catalog edition, the ratio per class (SERIOUS, NONE,
 * GENERAL) and every candidate — a project whose completion acceptance fell in the period — as
 * {@code candidate <project id> <class> <credit code>}, ordered by project id.</li>
 * <li>seed = SHA-256 (hex) of {@code OHS-VERIFY-1|<region>|<period>|<SHA-256 of the inputs file>}: fixed by the
 * inputs, so nobody chooses it, and anyone holding the file redoes it.</li>
 * <li>Per class in the order SERIOUS, NONE, GENERAL: of its n candidates the first ⌈ratio × n⌉ ordered by
 * SHA-256 of {@code seed|<class>|<project id>} ascending (the platform's {@link SeededOrder}). Lines are numbered
 * in that order.</li>
 * </ol>
 */
final class VerificationDraw {

	static final String NAME = "OHS-VERIFY-1";

	private VerificationDraw() {
	}

	record Candidate(long projectId, String hazardClass, String creditCode) {
	}

	record Inputs(String region, String period, String edition, Map<String, BigDecimal> ratios, List<Candidate> candidates) {

		Inputs {
			Map<String, BigDecimal> ordered = new LinkedHashMap<>();
			for (String c : SupervisionRules.CLASSES) {
				ordered.put(c, ratios.getOrDefault(c, BigDecimal.ONE));
			}
			ratios = java.util.Collections.unmodifiableMap(ordered);
			candidates = candidates.stream().sorted(Comparator.comparingLong(Candidate::projectId)).toList();
		}

	}

	record Line(int seq, long projectId, String hazardClass) {
	}

	static String inputsText(Inputs inputs) {
		StringBuilder text = new StringBuilder(128 + inputs.candidates().size() * 40);
		text.append(NAME).append('\n');
		text.append("region ").append(inputs.region().isEmpty() ? "-" : inputs.region()).append('\n');
		text.append("period ").append(inputs.period()).append('\n');
		text.append("edition ").append(inputs.edition().replace('\n', ' ')).append('\n');
		inputs.ratios().forEach((c, r) -> text.append("ratio ").append(c).append(' ').append(r.toPlainString()).append('\n'));
		for (Candidate c : inputs.candidates()) {
			text.append("candidate ").append(c.projectId()).append(' ').append(c.hazardClass()).append(' ')
				.append(c.creditCode()).append('\n');
		}
		return text.toString();
	}

	/** Reads an inputs file written by {@link #inputsText}, to redo a published draw. */
	static Inputs parse(String text) {
		String[] rows = text.split("\n");
		if (rows.length < 4 || !NAME.equals(rows[0])) {
			throw new IllegalArgumentException("not an " + NAME + " inputs file");
		}
		String region = null;
		String period = null;
		String edition = null;
		Map<String, BigDecimal> ratios = new LinkedHashMap<>();
		List<Candidate> candidates = new ArrayList<>();
		for (int i = 1; i < rows.length; i++) {
			String row = rows[i];
			String[] f = row.split(" ");
			switch (f[0]) {
				case "region" -> region = "-".equals(f[1]) ? "" : f[1];
				case "period" -> period = f[1];
				case "edition" -> edition = row.substring("edition ".length());
				case "ratio" -> ratios.put(f[1], new BigDecimal(f[2]));
				case "candidate" -> candidates.add(new Candidate(Long.parseLong(f[1]), f[2], f[3]));
				default -> throw new IllegalArgumentException("unknown line " + (i + 1) + ": " + f[0]);
			}
		}
		return new Inputs(region, period, edition, ratios, candidates);
	}

	static String seed(Inputs inputs) {
		return Hashes.sha256Hex(NAME + "|" + inputs.region() + "|" + inputs.period() + "|" + Hashes.sha256Hex(inputsText(inputs)));
	}

	static List<Line> draw(Inputs inputs) {
		SeededOrder order = new SeededOrder(seed(inputs));
		List<Line> lines = new ArrayList<>();
		for (String cls : SupervisionRules.CLASSES) {
			List<Candidate> pool = inputs.candidates().stream().filter(c -> cls.equals(c.hazardClass())).toList();
			int quota = Math.min(pool.size(),
					inputs.ratios().get(cls).multiply(BigDecimal.valueOf(pool.size())).setScale(0, RoundingMode.CEILING).intValueExact());
			for (Candidate c : order.sorted(cls, pool, x -> Long.toString(x.projectId())).subList(0, quota)) {
				lines.add(new Line(lines.size() + 1, c.projectId(), cls));
			}
		}
		return lines;
	}

	static String resultText(List<Line> lines) {
		StringBuilder text = new StringBuilder(lines.size() * 30);
		for (Line l : lines) {
			text.append("line ").append(l.seq()).append(' ').append(l.projectId()).append(' ').append(l.hazardClass()).append('\n');
		}
		return text.toString();
	}

}
