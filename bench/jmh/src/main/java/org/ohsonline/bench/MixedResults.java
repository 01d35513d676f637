package org.ohsonline.bench;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.ohsonline.reference.HeatLimit;
import org.ohsonline.reference.LabourIntensity;
import org.ohsonline.reference.Oel;
import org.ohsonline.testing.judgement.ChemicalExposure;
import org.ohsonline.testing.judgement.DustFraction;
import org.ohsonline.testing.judgement.Judgement;
import org.ohsonline.testing.judgement.JudgementSettings;
import org.ohsonline.testing.judgement.Judgements;
import org.ohsonline.testing.judgement.NoiseSegment;
import org.ohsonline.testing.judgement.Sample;
import org.ohsonline.testing.judgement.WbgtSegment;

/**
 * A deterministic mix of results (same seed, same results): 40 % chemicals (full-shift segments
 * with about one non-detect in eight, a third of them with two 15-min samples for PC-STEL or the
 * peak rule), 20 % dusts (total or respirable), 25 % noise days (2–4 segments), 15 % heat days
 * (1–3 WBGT segments). Limits as in the bundled OEL starting set.
 */
final class MixedResults {

	static final String MG = "mg/m³";

	static final Oel BENZENE = new Oel("2013", null, new BigDecimal("6"), new BigDecimal("10"), MG, null, null, false);

	static final Oel MANGANESE = new Oel("2999", null, new BigDecimal("0.15"), null, MG, null, null, false);

	static final Oel FORMALDEHYDE = new Oel("2158", new BigDecimal("0.5"), null, null, MG, null, null, false);

	static final Oel SILICA_TOTAL = new Oel("1038", null, new BigDecimal("1"), null, MG, "total", null, false);

	static final Oel SILICA_RESPIRABLE = new Oel("1038", null, new BigDecimal("0.7"), null, MG, "respirable", null,
			false);

	static final Oel NOISE = new Oel("3008", null, new BigDecimal("85"), null, "dB(A)", null, null, false);

	static final HeatLimit HEAT = new HeatLimit(LabourIntensity.II, 75, 75, new BigDecimal("29"), BigDecimal.ZERO,
			new BigDecimal("29"), "°C WBGT", "GBZ 2.2-2007 表8", "bench", false);

	static final LocalDateTime DAY = LocalDateTime.of(2026, 6, 1, 8, 0);

	/** One result to judge. */
	interface Result {

		Judgement judge(JudgementSettings settings);

	}

	record Chemical(ChemicalExposure exposure, Oel oel) implements Result {

		@Override
		public Judgement judge(JudgementSettings settings) {
			return Judgements.judge(this.exposure, this.oel, settings);
		}

	}

	record Dust(ChemicalExposure exposure, DustFraction fraction, Oel oel) implements Result {

		@Override
		public Judgement judge(JudgementSettings settings) {
			return Judgements.judgeDust(this.exposure, this.fraction, this.oel, settings);
		}

	}

	record Noise(List<NoiseSegment> segments) implements Result {

		@Override
		public Judgement judge(JudgementSettings settings) {
			return Judgements.noise(this.segments, null, NOISE, settings);
		}

	}

	record Heat(List<WbgtSegment> segments) implements Result {

		@Override
		public Judgement judge(JudgementSettings settings) {
			return Judgements.heat("3007", this.segments, HEAT);
		}

	}

	private MixedResults() {
	}

	static List<Result> generate(int count, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		List<Result> results = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			int kind = random.nextInt(100);
			if (kind < 40) {
				results.add(chemical(random, i));
			}
			else if (kind < 60) {
				results.add(dust(random, i));
			}
			else if (kind < 85) {
				results.add(noise(random));
			}
			else {
				results.add(heat(random));
			}
		}
		return results;
	}

	private static Result chemical(SplittableRandom random, int i) {
		int which = random.nextInt(3);
		Oel oel = which == 0 ? BENZENE : which == 1 ? MANGANESE : FORMALDEHYDE;
		BigDecimal scale = oel.pcTwa() != null ? oel.pcTwa() : oel.mac();
		List<Sample> shift = new ArrayList<>();
		if (oel.pcTwa() != null) {
			int segments = 2 + random.nextInt(3);
			int minutes = 480 / segments;
			for (int s = 0; s < segments; s++) {
				shift.add(random.nextInt(8) == 0
						? Sample.notDetectedSegment("S" + s, Duration.ofMinutes(minutes), value(random, scale, 0.05), MG)
						: Sample.segment("S" + s, Duration.ofMinutes(minutes), value(random, scale, 1.2), MG));
			}
		}
		List<Sample> shortTerm = new ArrayList<>();
		if (oel.pcTwa() == null || random.nextInt(3) == 0) {
			for (int s = 0; s < 2; s++) {
				LocalDateTime start = DAY.plusMinutes(60L + 150L * s + random.nextInt(30));
				shortTerm.add(Sample.detected("T" + s, start, start.plusMinutes(15), value(random, scale, 3.5), MG));
			}
		}
		return new Chemical(new ChemicalExposure(oel.hazardCode(), shift, null, shortTerm), oel);
	}

	private static Result dust(SplittableRandom random, int i) {
		boolean respirable = random.nextBoolean();
		Oel oel = respirable ? SILICA_RESPIRABLE : SILICA_TOTAL;
		List<Sample> shift = List.of(Sample.segment("D", Duration.ofMinutes(480), value(random, oel.pcTwa(), 1.3), MG));
		return new Dust(ChemicalExposure.ofShift("1038", shift), respirable ? DustFraction.RESPIRABLE : DustFraction.TOTAL,
				oel);
	}

	private static Result noise(SplittableRandom random) {
		int segments = 2 + random.nextInt(3);
		List<NoiseSegment> list = new ArrayList<>(segments);
		for (int s = 0; s < segments; s++) {
			BigDecimal level = BigDecimal.valueOf(700 + random.nextInt(300), 1);
			list.add(new NoiseSegment("N" + s, level, "dB(A)", Duration.ofMinutes(480 / segments)));
		}
		return new Noise(list);
	}

	private static Result heat(SplittableRandom random) {
		int segments = 1 + random.nextInt(3);
		List<WbgtSegment> list = new ArrayList<>(segments);
		for (int s = 0; s < segments; s++) {
			BigDecimal wbgt = BigDecimal.valueOf(240 + random.nextInt(80), 1);
			list.add(new WbgtSegment("W" + s, wbgt, "°C", Duration.ofMinutes(120)));
		}
		return new Heat(list);
	}

	/** A lognormal-ish value around {@code factor × scale}, three decimals. */
	private static BigDecimal value(SplittableRandom random, BigDecimal scale, double factor) {
		double v = scale.doubleValue() * factor * Math.exp(0.6 * random.nextGaussian() - 0.5);
		return BigDecimal.valueOf(Math.max(1, Math.round(v * 1000)), 3);
	}

}
