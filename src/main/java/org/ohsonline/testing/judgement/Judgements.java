package org.ohsonline.testing.judgement;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.ohsonline.reference.HeatLimit;
import org.ohsonline.reference.Oel;
import org.ohsonline.shared.InvalidInputException;

/**
 * OEL judgement of sample results (GBZ 2.1-2019, GBZ 2.2-2007): the calls a testing job makes for
 * each factor at a post, then once for the post. Every call validates its whole input first and
 * refuses it with {@link InvalidInputException} listing every problem (zero or negative durations,
 * end before start, missing or mismatched units, non-detects without a limit of detection); nothing
 * is judged from a partly valid input.
 *
 * <p>Arithmetic: concentrations in {@link BigDecimal}, sums of products exact, divisions to 16
 * significant digits ({@link MathContext#DECIMAL64}, half-even); results are compared unrounded
 * with the limit (GB/T 8170 全数值比较法), so exactly at the limit is 符合 and nothing is rounded
 * into or out of compliance. Noise levels are computed in {@code double} (logarithms) and rounded
 * half-up to 0.1 dB, the precision of the input levels and of GBZ/T 189.8 reports, before the
 * comparison; otherwise 85 dB(A) for 8 h could come out as 85.000000000001.
 */
public final class Judgements {

	static final MathContext MATH = MathContext.DECIMAL64;

	/** The 8-hour reference day of C_TWA and L_EX,8h, in seconds. */
	static final BigDecimal REFERENCE_SECONDS = BigDecimal.valueOf(8 * 3600);

	private static final BigDecimal SHORT_TERM_SECONDS = BigDecimal.valueOf(15 * 60);

	private static final double REFERENCE_HOURS = 8;

	private Judgements() {
	}

	/** {@link #judge(ChemicalExposure, Oel, JudgementSettings)} with the default settings. */
	public static Judgement judge(ChemicalExposure exposure, Oel oel) {
		return judge(exposure, oel, JudgementSettings.defaults());
	}

	/**
	 * Judges one chemical (or one dust fraction) on one day by every rule its limit calls for:
	 * C_TWA against PC-TWA; C_STE against PC-STEL; C_ME against MAC; and for a factor with PC-TWA
	 * only, the peak-exposure rule. C_TWA = Σ Cᵢ·Tᵢ / 8 h over the segments (GBZ 2.1 divides by 8 h
	 * whatever the exposure time); C_STE of a sample shorter than 15 min is C·t/15 min (the rest of
	 * the 15 minutes unexposed); C_ME is the highest short-term result. A rule that needs samples
	 * the input does not have is listed in {@link Judgement#notAssessed()}.
	 */
	public static Judgement judge(ChemicalExposure exposure, Oel oel, JudgementSettings settings) {
		Problems problems = new Problems();
		String hazard = exposure.hazardCode();
		if (oel == null || oel.mac() == null && oel.pcTwa() == null && oel.pcStel() == null) {
			problems.add("oel", "testing.judgement.oelWithoutLimit", hazard);
			problems.throwIfAny();
		}
		if (oel.unit() == null || oel.unit().isBlank()) {
			problems.add("oel.unit", "testing.judgement.oelUnitMissing", hazard);
		}
		for (int i = 0; i < exposure.shiftSamples().size(); i++) {
			problems.shiftSample("shiftSamples[" + i + "]", exposure.shiftSamples().get(i), oel.unit());
		}
		for (int i = 0; i < exposure.shortTermSamples().size(); i++) {
			problems.shortTermSample("shortTermSamples[" + i + "]", exposure.shortTermSamples().get(i), oel.unit());
		}
		Duration declared = exposure.exposureDuration();
		if (declared != null && (declared.isZero() || declared.isNegative())) {
			problems.add("exposureDuration", "testing.judgement.exposureNotPositive", hazard);
		}
		problems.throwIfAny();

		List<Check> checks = new ArrayList<>();
		List<Rule> notAssessed = new ArrayList<>();
		List<Excursion> excursions = List.of();
		String unit = oel.unit();
		BigDecimal twa = null;
		if (oel.pcTwa() != null) {
			if (exposure.shiftSamples().isEmpty()) {
				notAssessed.add(Rule.TWA);
			}
			else {
				twa = timeWeightedAverage(hazard, exposure.shiftSamples(), declared, settings);
				checks.add(Check.of(Rule.TWA, twa, oel.pcTwa(), unit));
			}
		}
		List<PeakExposure.Reading> readings = exposure.shortTermSamples()
			.stream()
			.map(s -> new PeakExposure.Reading(s.start(), s.end(), valueOf(s, settings)))
			.toList();
		if (oel.pcStel() != null) {
			if (readings.isEmpty()) {
				notAssessed.add(Rule.STEL);
			}
			else {
				BigDecimal highest = readings.stream()
					.map(Judgements::shortTermExposure)
					.max(Comparator.naturalOrder())
					.orElseThrow();
				checks.add(Check.of(Rule.STEL, highest, oel.pcStel(), unit));
			}
		}
		BigDecimal ceiling = null;
		if (oel.mac() != null) {
			if (readings.isEmpty()) {
				notAssessed.add(Rule.MAC);
			}
			else {
				ceiling = readings.stream().map(PeakExposure.Reading::value).max(Comparator.naturalOrder()).orElseThrow();
				checks.add(Check.of(Rule.MAC, ceiling, oel.mac(), unit));
			}
		}
		if (oel.pcTwa() != null && oel.pcStel() == null && oel.mac() == null) {
			if (readings.isEmpty()) {
				notAssessed.addAll(List.of(Rule.PEAK_MAXIMUM, Rule.PEAK_EXCURSION_LENGTH, Rule.PEAK_EXCURSION_COUNT,
						Rule.PEAK_EXCURSION_SPACING));
			}
			else {
				PeakExposure.Outcome peak = PeakExposure.apply(readings, oel.pcTwa(), unit);
				checks.addAll(peak.checks());
				excursions = peak.excursions();
			}
		}
		if (checks.isEmpty()) {
			throw InvalidInputException.of("shiftSamples", "testing.judgement.nothingToJudge", hazard);
		}
		ActionLevel actionLevel = null;
		if (twa != null) {
			actionLevel = actionLevel(twa, oel.pcTwa(), settings);
		}
		else if (ceiling != null) {
			actionLevel = actionLevel(ceiling, oel.mac(), settings);
		}
		return Judgement.of(hazard, checks, notAssessed, actionLevel, excursions, oel.verified());
	}

	/**
	 * Judges one dust fraction against the limit row of that fraction (total or respirable dust have
	 * separate PC-TWAs in GBZ 2.1-2019 表2), refusing a row of the other fraction.
	 */
	public static Judgement judgeDust(ChemicalExposure exposure, DustFraction fraction, Oel oel,
			JudgementSettings settings) {
		if (oel == null || !fraction.code().equals(oel.dustFraction())) {
			throw InvalidInputException.of("oel", "testing.judgement.dustFractionMismatch", exposure.hazardCode(),
					fraction.code(), oel == null ? "" : String.valueOf(oel.dustFraction()));
		}
		return judge(exposure, oel, settings).asDust(fraction);
	}

	/**
	 * Agents with the same effect (GBZ 2.1-2019 3.8): Σ Cᵢ/OELᵢ ≤ 1. Which agents share an effect is
	 * the evaluator's call; pass their exposures with limits of the same kind (all TWA, or all STEL).
	 */
	public static MixtureJudgement mixture(List<MixtureComponent> components) {
		Problems problems = new Problems();
		if (components == null || components.size() < 2) {
			problems.add("components", "testing.mixture.tooFew");
			problems.throwIfAny();
		}
		for (int i = 0; i < components.size(); i++) {
			MixtureComponent c = components.get(i);
			if (c.limit() == null || c.limit().signum() <= 0) {
				problems.add("components[" + i + "].limit", "testing.mixture.limitNotPositive", c.hazardCode());
			}
			if (c.exposure() == null || c.exposure().signum() < 0) {
				problems.add("components[" + i + "].exposure", "testing.sample.valueNegative", c.hazardCode(),
						c.exposure());
			}
		}
		problems.throwIfAny();
		List<MixtureJudgement.Share> shares = components.stream()
			.map(c -> new MixtureJudgement.Share(c.hazardCode(), c.exposure(), c.limit(),
					c.exposure().divide(c.limit(), MATH)))
			.toList();
		BigDecimal sum = shares.stream().map(MixtureJudgement.Share::ratio).reduce(BigDecimal.ZERO, BigDecimal::add);
		return new MixtureJudgement(shares, Check.of(Rule.MIXTURE, sum, BigDecimal.ONE, ""));
	}

	/** {@link #noise(List, Duration, Oel, JudgementSettings)} with the default settings. */
	public static Judgement noise(List<NoiseSegment> segments, Duration workDuration, Oel oel) {
		return noise(segments, workDuration, oel, JudgementSettings.defaults());
	}

	/**
	 * Daily noise exposure: L_EX,8h = 10·lg(Σ Tᵢ·10^(0.1·L_Aeq,Tᵢ) / 8 h) against the OEL's PC-TWA
	 * row (85 dB(A)), rounded to 0.1 dB before the comparison.
	 * @param workDuration the exposed working time of the day; {@code null} means the segments cover
	 * it. Uncovered time follows {@link JudgementSettings#unsampledTime()} (the sampled mean is the
	 * energy mean)
	 */
	public static Judgement noise(List<NoiseSegment> segments, Duration workDuration, Oel oel,
			JudgementSettings settings) {
		Problems problems = new Problems();
		String hazard = oel == null ? null : oel.hazardCode();
		limitPresent(problems, oel == null ? null : oel.pcTwa(), hazard);
		if (segments == null || segments.isEmpty()) {
			problems.add("segments", "testing.judgement.noSegments", hazard);
		}
		problems.throwIfAny();
		for (int i = 0; i < segments.size(); i++) {
			NoiseSegment s = segments.get(i);
			problems.segment("segments[" + i + "]", s.id(), s.level(), s.unit(), s.duration(), oel.unit());
		}
		if (workDuration != null && (workDuration.isZero() || workDuration.isNegative())) {
			problems.add("workDuration", "testing.judgement.exposureNotPositive", hazard);
		}
		problems.throwIfAny();
		double energy = 0;
		long covered = 0;
		for (NoiseSegment s : segments) {
			energy += s.duration().getSeconds() / 3600.0 * Math.pow(10, 0.1 * s.level().doubleValue());
			covered += s.duration().getSeconds();
		}
		long uncovered = uncovered(hazard, covered, workDuration, settings.unsampledTime(), "workDuration");
		if (uncovered > 0 && settings.unsampledTime() == UnsampledTime.AT_SAMPLED_MEAN) {
			energy = energy * (covered + uncovered) / covered;
		}
		BigDecimal level = decibels(energy / REFERENCE_HOURS);
		return Judgement.of(hazard, List.of(Check.of(Rule.NOISE_DAILY, level, oel.pcTwa(), oel.unit())), List.of(),
				null, List.of(), oel.verified());
	}

	/**
	 * Weekly noise exposure for irregular weeks: L_EX,W = 10·lg((1/5)·Σ 10^(0.1·L_EX,8h,d)) over the
	 * working days of one week (1 to 7), i.e. normalised to 40 h, against the OEL's PC-TWA row.
	 */
	public static Judgement noiseWeekly(List<BigDecimal> dailyLevels, Oel oel) {
		Problems problems = new Problems();
		String hazard = oel == null ? null : oel.hazardCode();
		limitPresent(problems, oel == null ? null : oel.pcTwa(), hazard);
		if (dailyLevels == null || dailyLevels.isEmpty() || dailyLevels.size() > 7) {
			problems.add("dailyLevels", "testing.judgement.weekDays", hazard,
					dailyLevels == null ? 0 : dailyLevels.size());
		}
		else if (dailyLevels.stream().anyMatch(java.util.Objects::isNull)) {
			problems.add("dailyLevels", "testing.sample.valueMissing", hazard);
		}
		problems.throwIfAny();
		double energy = 0;
		for (BigDecimal daily : dailyLevels) {
			energy += Math.pow(10, 0.1 * daily.doubleValue());
		}
		BigDecimal level = decibels(energy / 5);
		return Judgement.of(hazard, List.of(Check.of(Rule.NOISE_WEEKLY, level, oel.pcTwa(), oel.unit())), List.of(),
				null, List.of(), oel.verified());
	}

	/**
	 * Heat: the time-weighted WBGT, Σ WBGTᵢ·tᵢ / Σ tᵢ over the exposure periods (GBZ/T 189.7),
	 * against the limit for the labour intensity and time share
	 * ({@link org.ohsonline.reference.HeatLimits}).
	 */
	public static Judgement heat(String hazardCode, List<WbgtSegment> segments, HeatLimit limit) {
		Problems problems = new Problems();
		if (limit == null || limit.limit() == null) {
			problems.add("limit", "testing.judgement.oelWithoutLimit", hazardCode);
		}
		if (segments == null || segments.isEmpty()) {
			problems.add("segments", "testing.judgement.noSegments", hazardCode);
		}
		problems.throwIfAny();
		for (int i = 0; i < segments.size(); i++) {
			WbgtSegment s = segments.get(i);
			problems.segment("segments[" + i + "]", s.id(), s.wbgt(), s.unit(), s.duration(), limit.unit());
		}
		problems.throwIfAny();
		BigDecimal weighted = BigDecimal.ZERO;
		BigDecimal seconds = BigDecimal.ZERO;
		for (WbgtSegment s : segments) {
			BigDecimal t = BigDecimal.valueOf(s.duration().getSeconds());
			weighted = weighted.add(s.wbgt().multiply(t));
			seconds = seconds.add(t);
		}
		BigDecimal wbgt = weighted.divide(seconds, MATH);
		return Judgement.of(hazardCode, List.of(Check.of(Rule.HEAT_WBGT, wbgt, limit.limit(), limit.unit())), List.of(),
				null, List.of(), limit.verified());
	}

	/**
	 * The exposure time share in whole per cent of 8 h, rounded up (so 6 h 1 min is 76 %), at most
	 * 100: what {@link org.ohsonline.reference.HeatLimits#limitFor} takes.
	 */
	public static int timeSharePercent(List<WbgtSegment> segments) {
		long seconds = segments.stream().mapToLong(s -> s.duration().getSeconds()).sum();
		long percent = (seconds * 100 + 8 * 3600 - 1) / (8 * 3600);
		return (int) Math.max(1, Math.min(100, percent));
	}

	/**
	 * A post's verdict: 不符合 when any factor or mixture there fails, with every failing check named;
	 * 符合 otherwise.
	 */
	public static PostJudgement post(String post, List<Judgement> factors, List<MixtureJudgement> mixtures) {
		List<Judgement> judged = factors == null ? List.of() : factors;
		List<MixtureJudgement> mixed = mixtures == null ? List.of() : mixtures;
		if (judged.isEmpty() && mixed.isEmpty()) {
			throw InvalidInputException.of("factors", "testing.judgement.postWithoutFactors", post);
		}
		List<PostJudgement.Failure> failures = new ArrayList<>();
		for (Judgement j : judged) {
			j.checks().stream().filter(c -> !c.compliant()).forEach(c -> failures.add(new PostJudgement.Failure(
					j.hazardCode(), c)));
		}
		for (MixtureJudgement m : mixed) {
			if (!m.check().compliant()) {
				String codes = String.join("+", m.shares().stream().map(MixtureJudgement.Share::hazardCode).toList());
				failures.add(new PostJudgement.Failure(codes, m.check()));
			}
		}
		return new PostJudgement(post, Verdict.of(failures.isEmpty()), judged, mixed, failures);
	}

	// --- arithmetic ----------------------------------------------------------------------------

	/** Σ Cᵢ·Tᵢ / 8 h, with unsampled exposed time handled by the settings. */
	static BigDecimal timeWeightedAverage(String hazard, List<Sample> samples, Duration declared,
			JudgementSettings settings) {
		BigDecimal dose = BigDecimal.ZERO;
		long covered = 0;
		for (Sample s : samples) {
			long seconds = s.represented().getSeconds();
			dose = dose.add(valueOf(s, settings).multiply(BigDecimal.valueOf(seconds)));
			covered += seconds;
		}
		long uncovered = uncovered(hazard, covered, declared, settings.unsampledTime(), "exposureDuration");
		if (uncovered > 0 && settings.unsampledTime() == UnsampledTime.AT_SAMPLED_MEAN) {
			BigDecimal mean = dose.divide(BigDecimal.valueOf(covered), MATH);
			dose = dose.add(mean.multiply(BigDecimal.valueOf(uncovered)));
		}
		return dose.divide(REFERENCE_SECONDS, MATH);
	}

	/** Seconds of declared exposure no segment covers; refuses segments covering more than declared. */
	private static long uncovered(String hazard, long covered, Duration declared, UnsampledTime policy, String field) {
		if (declared == null) {
			return 0;
		}
		long uncovered = declared.getSeconds() - covered;
		if (uncovered < 0) {
			throw InvalidInputException.of(field, "testing.judgement.segmentsExceedExposure", hazard, covered / 60.0,
					declared.getSeconds() / 60.0);
		}
		if (uncovered > 0 && policy == UnsampledTime.REJECT) {
			throw InvalidInputException.of(field, "testing.judgement.unsampledTime", hazard, uncovered / 60.0);
		}
		return uncovered;
	}

	static BigDecimal valueOf(Sample sample, JudgementSettings settings) {
		return sample.nonDetect() ? settings.nonDetects().substitute(sample.limitOfDetection()) : sample.value();
	}

	/** C_STE: a sample shorter than 15 min counts as a 15-min average with the rest unexposed. */
	private static BigDecimal shortTermExposure(PeakExposure.Reading reading) {
		BigDecimal seconds = BigDecimal.valueOf(Duration.between(reading.start(), reading.end()).getSeconds());
		if (seconds.compareTo(SHORT_TERM_SECONDS) >= 0) {
			return reading.value();
		}
		return reading.value().multiply(seconds).divide(SHORT_TERM_SECONDS, MATH);
	}

	private static ActionLevel actionLevel(BigDecimal exposure, BigDecimal limit, JudgementSettings settings) {
		BigDecimal level = limit.multiply(settings.actionLevelFraction());
		return new ActionLevel(level, exposure, exposure.compareTo(level) >= 0);
	}

	private static void limitPresent(Problems problems, BigDecimal limit, String hazard) {
		if (limit == null) {
			problems.add("oel", "testing.judgement.oelWithoutLimit", hazard);
		}
	}

	/** 10·lg(x) rounded half-up to 0.1 dB. */
	static BigDecimal decibels(double energy) {
		return BigDecimal.valueOf(10 * Math.log10(energy)).setScale(1, RoundingMode.HALF_UP);
	}

}
