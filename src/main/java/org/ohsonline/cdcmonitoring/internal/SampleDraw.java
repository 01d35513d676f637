package org.ohsonline.cdcmonitoring.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ohsonline.shared.Hashes;
import org.ohsonline.shared.SeededOrder;

/**
 * The sample of a monitoring project, algorithm {@value #NAME}: deterministic in its published inputs, with no
 * secret (docs/cdc-monitoring.md states it step by step). Pure: no database, no clock.
 * <ol>
 * <li>The inputs file lists the algorithm, project, year, kind, the industries and hazards, each county's target
 * ({@code target <county> <employers>}) and every candidate — an employer in production of the county, of one of the
 * industries, exposing workers to one of the hazards — as {@code candidate <county> <employer id> <credit code>},
 * ordered by county and id.</li>
 * <li>seed = SHA-256 (hex) of {@code OHS-CDC-SAMPLE-1|<project>|<year>|<SHA-256 of the inputs file>}.</li>
 * <li>Per county by code: of its n candidates the first min(target, n) ordered by SHA-256 of
 * {@code seed|<county>|<employer id>} ascending ({@link SeededOrder}). Lines are numbered in that order; the result
 * digest is SHA-256 of the lines {@code line <seq> <county> <employer id>}.</li>
 * </ol>
 * The quality-control pick uses the same seed: a survey is re-checked when the first eight hex digits of
 * SHA-256({@code seed|qc|<employer id>}) read as a fraction of 2³² fall below the project's share — fixed by the
 * draw, so neither the order surveys come in nor anyone's choice changes which are checked.
 */
final class SampleDraw {

	static final String NAME = "OHS-CDC-SAMPLE-1";

	private SampleDraw() {
	}

	record Candidate(String county, long employerId, String creditCode) {
	}

	record Inputs(long projectId, int year, String kind, List<String> industries, List<String> hazards,
			Map<String, Integer> targets, List<Candidate> candidates) {

		Inputs {
			industries = industries.stream().sorted().toList();
			hazards = hazards.stream().sorted().toList();
			Map<String, Integer> ordered = new LinkedHashMap<>();
			Map<String, Integer> given = targets;
			given.keySet().stream().sorted().forEach(c -> ordered.put(c, given.get(c)));
			targets = java.util.Collections.unmodifiableMap(ordered);
			candidates = candidates.stream()
				.sorted(Comparator.comparing(Candidate::county).thenComparingLong(Candidate::employerId))
				.toList();
		}

	}

	record Line(int seq, String county, long employerId, String creditCode) {
	}

	static String inputsText(Inputs inputs) {
		StringBuilder text = new StringBuilder(256 + inputs.candidates().size() * 40);
		text.append(NAME).append('\n');
		text.append("project ").append(inputs.projectId()).append('\n');
		text.append("year ").append(inputs.year()).append('\n');
		text.append("kind ").append(inputs.kind()).append('\n');
		text.append("industries ").append(String.join(",", inputs.industries())).append('\n');
		text.append("hazards ").append(String.join(",", inputs.hazards())).append('\n');
		inputs.targets().forEach((c, n) -> text.append("target ").append(c).append(' ').append(n).append('\n'));
		for (Candidate c : inputs.candidates()) {
			text.append("candidate ").append(c.county()).append(' ').append(c.employerId()).append(' ').append(c.creditCode())
				.append('\n');
		}
		return text.toString();
	}

	/** Reads an inputs file written by {@link #inputsText}, to redo a published draw. */
	static Inputs parse(String text) {
		String[] rows = text.split("\n");
		if (rows.length < 6 || !NAME.equals(rows[0])) {
			throw new IllegalArgumentException("not an " + NAME + " inputs file");
		}
		long project = 0;
		int year = 0;
		String kind = null;
		List<String> industries = List.of();
		List<String> hazards = List.of();
		Map<String, Integer> targets = new LinkedHashMap<>();
		List<Candidate> candidates = new ArrayList<>();
		for (int i = 1; i < rows.length; i++) {
			String[] f = rows[i].split(" ");
			switch (f[0]) {
				case "project" -> project = Long.parseLong(f[1]);
				case "year" -> year = Integer.parseInt(f[1]);
				case "kind" -> kind = f[1];
				case "industries" -> industries = f.length < 2 ? List.of() : List.of(f[1].split(","));
				case "hazards" -> hazards = f.length < 2 ? List.of() : List.of(f[1].split(","));
				case "target" -> targets.put(f[1], Integer.parseInt(f[2]));
				case "candidate" -> candidates.add(new Candidate(f[1], Long.parseLong(f[2]), f[3]));
				default -> throw new IllegalArgumentException("unknown line " + (i + 1) + ": " + f[0]);
			}
		}
		return new Inputs(project, year, kind, industries, hazards, targets, candidates);
	}

	static String seed(Inputs inputs) {
		return Hashes.sha256Hex(NAME + "|" + inputs.projectId() + "|" + inputs.year() + "|" + Hashes.sha256Hex(inputsText(inputs)));
	}

	static List<Line> draw(Inputs inputs) {
		SeededOrder order = new SeededOrder(seed(inputs));
		List<Line> lines = new ArrayList<>();
		inputs.targets().forEach((county, target) -> {
			List<Candidate> pool = inputs.candidates().stream().filter(c -> county.equals(c.county())).toList();
			int quota = Math.min(pool.size(), Math.max(0, target));
			for (Candidate c : order.sorted(county, pool, x -> Long.toString(x.employerId())).subList(0, quota)) {
				lines.add(new Line(lines.size() + 1, county, c.employerId(), c.creditCode()));
			}
		});
		return lines;
	}

	static String resultText(List<Line> lines) {
		StringBuilder text = new StringBuilder(lines.size() * 30);
		for (Line l : lines) {
			text.append("line ").append(l.seq()).append(' ').append(l.county()).append(' ').append(l.employerId()).append('\n');
		}
		return text.toString();
	}

	/** Whether quality control re-checks the survey of this employer, at this share (0–1), under the draw's seed. */
	static boolean qcPicked(String seed, long employerId, BigDecimal share) {
		String key = new SeededOrder(seed).key("qc", Long.toString(employerId));
		long head = Long.parseLong(key.substring(0, 8), 16);
		BigDecimal fraction = BigDecimal.valueOf(head).divide(BigDecimal.valueOf(1L << 32), 10, java.math.RoundingMode.DOWN);
		return fraction.compareTo(share) < 0;
	}

}
