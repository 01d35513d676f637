package org.ohsonline.agency.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.ohsonline.shared.Hashes;
import org.ohsonline.shared.SeededOrder;

/**
 * The report-quality draw, algorithm {@value #NAME}: deterministic in its frozen inputs, no secret (decision 0034,
 * docs/agency-rating.md state it step by step). Pure: no database, no clock.
 * <ol>
 * <li>The inputs file lists the algorithm, region, period, the editions of the ratio catalog and the rubric, every
 * organisation as {@code org <agency id> <level> <ratio>} (ordered by id) and every candidate report — a delivery
 * (reviewed testing job, exam batch) of the period — as {@code candidate <delivery id> <agency id> <kind>}, ordered
 * by delivery id.</li>
 * <li>seed = SHA-256 (hex) of {@code OHS-QUALITY-1|<region>|<period>|<SHA-256 of the inputs file>}: fixed by the
 * inputs, so nobody chooses it, and anyone holding the file redoes the draw.</li>
 * <li>Per organisation in id order: of its n candidates the first ⌈ratio × n⌉ ordered by SHA-256 of
 * {@code seed|org-<agency id>|<delivery id>} ascending ({@link SeededOrder}). Lines are numbered in that order.</li>
 * </ol>
 */
final class QualityDraw {

	static final String NAME = "OHS-QUALITY-1";

	private QualityDraw() {
	}

	record Organisation(long agencyId, String level, BigDecimal ratio) {
	}

	record Candidate(long deliveryId, long agencyId, String kind) {
	}

	record Inputs(String region, String period, String ratioEdition, String rubricEdition,
			List<Organisation> organisations, List<Candidate> candidates) {

		Inputs {
			organisations = organisations.stream().sorted(Comparator.comparingLong(Organisation::agencyId)).toList();
			candidates = candidates.stream().sorted(Comparator.comparingLong(Candidate::deliveryId)).toList();
		}

	}

	record Line(int seq, long deliveryId, long agencyId, String kind) {
	}

	static String inputsText(Inputs inputs) {
		StringBuilder text = new StringBuilder(256 + inputs.candidates().size() * 40);
		text.append(NAME).append('\n');
		text.append("region ").append(inputs.region().isEmpty() ? "-" : inputs.region()).append('\n');
		text.append("period ").append(inputs.period()).append('\n');
		text.append("ratios ").append(oneLine(inputs.ratioEdition())).append('\n');
		text.append("rubric ").append(oneLine(inputs.rubricEdition())).append('\n');
		for (Organisation o : inputs.organisations()) {
			text.append("org ").append(o.agencyId()).append(' ').append(o.level()).append(' ')
				.append(o.ratio().toPlainString()).append('\n');
		}
		for (Candidate c : inputs.candidates()) {
			text.append("candidate ").append(c.deliveryId()).append(' ').append(c.agencyId()).append(' ')
				.append(c.kind()).append('\n');
		}
		return text.toString();
	}

	/** Reads an inputs file written by {@link #inputsText}, to redo a published draw. */
	static Inputs parse(String text) {
		String[] rows = text.split("\n");
		if (rows.length < 5 || !NAME.equals(rows[0])) {
			throw new IllegalArgumentException("not an " + NAME + " inputs file");
		}
		String region = null;
		String period = null;
		String ratios = null;
		String rubric = null;
		List<Organisation> organisations = new ArrayList<>();
		List<Candidate> candidates = new ArrayList<>();
		for (int i = 1; i < rows.length; i++) {
			String row = rows[i];
			String[] f = row.split(" ");
			switch (f[0]) {
				case "region" -> region = "-".equals(f[1]) ? "" : f[1];
				case "period" -> period = f[1];
				case "ratios" -> ratios = row.substring("ratios ".length());
				case "rubric" -> rubric = row.substring("rubric ".length());
				case "org" -> organisations.add(new Organisation(Long.parseLong(f[1]), f[2], new BigDecimal(f[3])));
				case "candidate" -> candidates.add(new Candidate(Long.parseLong(f[1]), Long.parseLong(f[2]), f[3]));
				default -> throw new IllegalArgumentException("unknown line " + (i + 1) + ": " + f[0]);
			}
		}
		return new Inputs(region, period, ratios, rubric, organisations, candidates);
	}

	static String seed(Inputs inputs) {
		return Hashes.sha256Hex(NAME + "|" + inputs.region() + "|" + inputs.period() + "|"
				+ Hashes.sha256Hex(inputsText(inputs)));
	}

	/** How many of n reports a ratio draws: ⌈ratio × n⌉, at most n. */
	static int quota(BigDecimal ratio, int n) {
		return Math.min(n, ratio.multiply(BigDecimal.valueOf(n)).setScale(0, RoundingMode.CEILING).intValueExact());
	}

	static List<Line> draw(Inputs inputs) {
		SeededOrder order = new SeededOrder(seed(inputs));
		List<Line> lines = new ArrayList<>();
		for (Organisation o : inputs.organisations()) {
			List<Candidate> pool = inputs.candidates().stream().filter(c -> c.agencyId() == o.agencyId()).toList();
			int quota = quota(o.ratio(), pool.size());
			for (Candidate c : order.sorted("org-" + o.agencyId(), pool, x -> Long.toString(x.deliveryId()))
				.subList(0, quota)) {
				lines.add(new Line(lines.size() + 1, c.deliveryId(), c.agencyId(), c.kind()));
			}
		}
		return lines;
	}

	static String resultText(List<Line> lines) {
		StringBuilder text = new StringBuilder(lines.size() * 30);
		for (Line l : lines) {
			text.append("line ").append(l.seq()).append(' ').append(l.deliveryId()).append(' ').append(l.agencyId())
				.append('\n');
		}
		return text.toString();
	}

	private static String oneLine(String text) {
		return text == null ? "-" : text.replace('\n', ' ');
	}

}
