package org.ohsonline.testing.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ohsonline.reference.HeatLimit;
import org.ohsonline.reference.HeatLimits;
import org.ohsonline.reference.LabourIntensity;
import org.ohsonline.reference.Oel;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.testing.judgement.ChemicalExposure;
import org.ohsonline.testing.judgement.Check;
import org.ohsonline.testing.judgement.DustFraction;
import org.ohsonline.testing.judgement.Judgement;
import org.ohsonline.testing.judgement.JudgementSettings;
import org.ohsonline.testing.judgement.Judgements;
import org.ohsonline.testing.judgement.MixtureComponent;
import org.ohsonline.testing.judgement.MixtureJudgement;
import org.ohsonline.testing.judgement.NoiseSegment;
import org.ohsonline.testing.judgement.PostJudgement;
import org.ohsonline.testing.judgement.Rule;
import org.ohsonline.testing.judgement.Sample;
import org.ohsonline.testing.judgement.Verdict;
import org.ohsonline.testing.judgement.WbgtSegment;
import org.ohsonline.testing.statistics.ExposureStatistics;
import org.ohsonline.testing.statistics.Measurement;

import org.springframework.stereotype.Component;

/**
 * Judges a job's stored results with the calculators of {@code testing.judgement}: one exposure
 * per factor (limit row), post, day and subject — its shift segments give C_TWA (or L_EX,8h, or the
 * time-weighted WBGT), its samples of at most 15 min C_STE, C_ME and the peak-exposure rule —, the
 * declared mixtures per post, day and subject, then each post. A result's own judgement is the
 * deciding check among those it takes part in: its exposure's C_TWA (L_EX,8h, WBGT) when it is a
 * shift segment, and the short-term rules applied to it alone when it lasted at most 15 min.
 * Settings: {@link JudgementSettings#defaults()} (non-detects at LOD/2).
 */
@Component
class Judging {

	private static final JudgementSettings SETTINGS = JudgementSettings.defaults();

	private final LimitRows limits;

	private final HeatLimits heatLimits;

	Judging(LimitRows limits, HeatLimits heatLimits) {
		this.limits = limits;
		this.heatLimits = heatLimits;
	}

	/** The exposure a result belongs to. */
	record GroupKey(long postId, String factorCode, String limitCode, LocalDate day, String subject) {
	}

	/**
	 * A judged (or unjudgeable) exposure. {@code partOfWeek}: a day's noise at a post with an
	 * irregular week, which feeds the weekly exposure and decides nothing itself; {@code weekDays}: the
	 * days a weekly exposure (L_EX,W) combines.
	 */
	record Exposure(GroupKey key, String kind, Judgement judgement, MixtureJudgement mixture, boolean limitVerified,
			FieldError problem, boolean partOfWeek, List<LocalDate> weekDays) {

		Exposure(GroupKey key, String kind, Judgement judgement, MixtureJudgement mixture, boolean limitVerified,
				FieldError problem) {
			this(key, kind, judgement, mixture, limitVerified, problem, false, List.of());
		}

		Exposure asPartOfWeek() {
			return new Exposure(this.key, this.kind, this.judgement, this.mixture, this.limitVerified, this.problem, true,
					this.weekDays);
		}

		Optional<Check> decisive() {
			if (this.judgement != null) {
				return Optional.of(this.judgement.decisive());
			}
			return this.mixture == null ? Optional.empty() : Optional.of(this.mixture.check());
		}

	}

	/** A result's judgement: the deciding check and the clause, or nothing when its exposure was not judged. */
	record ResultOutcome(long resultId, Check check) {
	}

	record Outcome(List<Exposure> exposures, List<ResultOutcome> results, Map<Long, PostJudgement> posts,
			Map<Long, String> postNames) {
	}

	Outcome judge(List<StoredResult> results, List<MixtureRow> mixtures, boolean hotOutdoor) {
		return judge(results, mixtures, hotOutdoor, Set.of());
	}

	/**
	 * Judges as {@link #judge(List, List, boolean)}, except noise at the posts with an irregular
	 * working week: there each subject's daily L_EX,8h values over the sampled days combine into
	 * L_EX,W = 10·lg((1/5)·Σ 10^(0.1·L_EX,8h,d)) ({@link Judgements#noiseWeekly}), which decides
	 * instead of the days (GBZ 2.2-2007 11.2.1). The sampled days are taken as the working days of
	 * the week, so an agency samples each working day of one representative week.
	 */
	Outcome judge(List<StoredResult> results, List<MixtureRow> mixtures, boolean hotOutdoor,
			Set<Long> irregularPosts) {
		Map<GroupKey, List<StoredResult>> groups = new LinkedHashMap<>();
		for (StoredResult r : results) {
			groups.computeIfAbsent(new GroupKey(r.postId(), r.factorCode(), r.limitKey(), r.day(), r.subject()),
					k -> new ArrayList<>())
				.add(r);
		}
		List<Exposure> exposures = new ArrayList<>();
		Map<Long, Check> resultChecks = new HashMap<>();
		Map<Long, List<Check>> shortTermChecks = new HashMap<>();
		for (Map.Entry<GroupKey, List<StoredResult>> group : groups.entrySet()) {
			Exposure exposure = exposure(group.getKey(), group.getValue(), hotOutdoor, shortTermChecks);
			exposures.add(exposure);
			if (exposure.judgement() == null) {
				continue;
			}
			Optional<Check> daily = exposure.judgement()
				.checks()
				.stream()
				.filter(c -> c.rule() == Rule.TWA || c.rule() == Rule.NOISE_DAILY || c.rule() == Rule.HEAT_WBGT)
				.findFirst();
			for (StoredResult r : group.getValue()) {
				List<Check> own = new ArrayList<>(shortTermChecks.getOrDefault(r.id(), List.of()));
				if (r.shiftSegment()) {
					daily.ifPresent(own::add);
				}
				if (own.isEmpty()) {
					own.add(exposure.judgement().decisive());
				}
				resultChecks.put(r.id(), decisive(own));
			}
		}
		weekly(exposures, groups, resultChecks, irregularPosts);
		exposures.addAll(mixtures(exposures, mixtures));
		List<ResultOutcome> outcomes = results.stream()
			.map(r -> new ResultOutcome(r.id(), resultChecks.get(r.id())))
			.toList();
		Map<Long, String> postNames = new LinkedHashMap<>();
		results.forEach(r -> postNames.putIfAbsent(r.postId(), r.postName()));
		Map<Long, PostJudgement> posts = new LinkedHashMap<>();
		for (Map.Entry<Long, String> post : postNames.entrySet()) {
			List<Judgement> factors = exposures.stream()
				.filter(e -> e.key().postId() == post.getKey() && e.judgement() != null && !e.partOfWeek())
				.map(Exposure::judgement)
				.toList();
			List<MixtureJudgement> mixed = exposures.stream()
				.filter(e -> e.key().postId() == post.getKey() && e.mixture() != null)
				.map(Exposure::mixture)
				.toList();
			if (!factors.isEmpty() || !mixed.isEmpty()) {
				posts.put(post.getKey(), Judgements.post(post.getValue(), factors, mixed));
			}
		}
		return new Outcome(exposures, outcomes, posts, postNames);
	}

	/**
	 * Checks one result on its own, as the calculators would judge it within its exposure; the
	 * problems found (unit, limit of detection, a sample the limit cannot be judged by) come back as
	 * field errors of the result.
	 */
	List<FieldError> check(StoredResult result, boolean hotOutdoor) {
		try {
			Exposure exposure = exposure(new GroupKey(result.postId(), result.factorCode(), result.limitKey(),
					result.day(), result.subject()), List.of(result), hotOutdoor, new HashMap<>());
			return exposure.problem() == null ? List.of() : List.of(exposure.problem());
		}
		catch (InvalidInputException ex) {
			return ex.errors();
		}
	}

	/** EN 689 measurements of a similar exposure group: one per judged shift exposure with a C_TWA. */
	List<Measurement> measurements(List<StoredResult> group) {
		Map<String, List<StoredResult>> days = new LinkedHashMap<>();
		for (StoredResult r : group) {
			if (r.shiftSegment()) {
				days.computeIfAbsent(r.day() + (r.subject().isEmpty() ? "" : " " + r.subject()), k -> new ArrayList<>())
					.add(r);
			}
		}
		if (days.isEmpty()) {
			return List.of();
		}
		LimitRows.Resolved limit = this.limits.resolve(group.get(0).factorCode(), group.get(0).limitCode());
		if (!limit.found() || limit.oel().pcTwa() == null) {
			return List.of();
		}
		List<Measurement> measurements = new ArrayList<>();
		for (Map.Entry<String, List<StoredResult>> day : days.entrySet()) {
			ChemicalExposure exposure = ChemicalExposure.ofShift(group.get(0).factorCode(),
					day.getValue().stream().map(Judging::segment).toList());
			boolean allNonDetect = day.getValue().stream().allMatch(StoredResult::nonDetect);
			try {
				if (allNonDetect) {
					BigDecimal lodTwa = Judgements.judge(exposure, limit.oel(),
							SETTINGS.withNonDetects(org.ohsonline.testing.judgement.NonDetectPolicy.LOD))
						.twa()
						.orElseThrow();
					measurements.add(Measurement.notDetected(day.getKey(), lodTwa, limit.oel().unit()));
				}
				else {
					BigDecimal twa = Judgements.judge(exposure, limit.oel(), SETTINGS).twa().orElseThrow();
					measurements.add(Measurement.detected(day.getKey(), twa, day.getValue().get(0).unit()));
				}
			}
			catch (InvalidInputException ex) {
				// an exposure the calculators refuse has no C_TWA to measure with; it shows as unjudged
			}
		}
		return measurements;
	}

	LimitRows.Resolved limit(String factorCode, String limitCode) {
		return this.limits.resolve(factorCode, limitCode);
	}

	static org.ohsonline.testing.statistics.ExposureAssessment assess(List<Measurement> measurements, Oel oel) {
		return ExposureStatistics.evaluate(measurements, oel);
	}

	private Exposure exposure(GroupKey key, List<StoredResult> group, boolean hotOutdoor,
			Map<Long, List<Check>> shortTermChecks) {
		LimitRows.Resolved limit = this.limits.resolve(key.factorCode(), group.get(0).limitCode());
		if (!limit.found()) {
			return new Exposure(key, null, null, null, false, limit.problem());
		}
		Oel oel = limit.oel();
		String kind = limit.kind().name();
		try {
			Judgement judgement = switch (limit.kind()) {
				case CHEMICAL, DUST -> chemical(key, group, oel, limit.kind(), shortTermChecks);
				case NOISE -> Judgements.noise(group.stream()
					.map(r -> new NoiseSegment(r.sampleNumber(), r.value(), r.unit(), r.represented()))
					.toList(), null, oel, SETTINGS);
				case HEAT -> heat(key, group, hotOutdoor);
			};
			return new Exposure(key, kind, judgement, null, judgement.limitVerified(), null);
		}
		catch (InvalidInputException ex) {
			FieldError first = ex.errors().get(0);
			return new Exposure(key, kind, null, null, oel.verified(), first);
		}
	}

	/**
	 * Replaces, at the posts with an irregular week, the daily noise exposures by one weekly exposure
	 * per factor (limit row) and subject; the days stay, marked as part of the week, and the results
	 * of those days take the weekly check as their judgement.
	 */
	private void weekly(List<Exposure> exposures, Map<GroupKey, List<StoredResult>> groups,
			Map<Long, Check> resultChecks, Set<Long> irregularPosts) {
		if (irregularPosts.isEmpty()) {
			return;
		}
		Map<GroupKey, List<Integer>> weeks = new LinkedHashMap<>();
		for (int i = 0; i < exposures.size(); i++) {
			Exposure e = exposures.get(i);
			if ("NOISE".equals(e.kind()) && irregularPosts.contains(e.key().postId())) {
				GroupKey week = new GroupKey(e.key().postId(), e.key().factorCode(), e.key().limitCode(), null,
						e.key().subject());
				weeks.computeIfAbsent(week, k -> new ArrayList<>()).add(i);
			}
		}
		for (Map.Entry<GroupKey, List<Integer>> week : weeks.entrySet()) {
			List<Exposure> days = week.getValue()
				.stream()
				.map(exposures::get)
				.sorted(Comparator.comparing(e -> e.key().day()))
				.toList();
			week.getValue().forEach(i -> exposures.set(i, exposures.get(i).asPartOfWeek()));
			GroupKey first = days.get(0).key();
			List<LocalDate> dayList = days.stream().map(e -> e.key().day()).toList();
			GroupKey key = new GroupKey(first.postId(), first.factorCode(), first.limitCode(),
					dayList.get(dayList.size() - 1), first.subject());
			LimitRows.Resolved limit = this.limits.resolve(first.factorCode(),
					first.limitCode().isEmpty() ? null : first.limitCode());
			Optional<Exposure> unjudged = days.stream().filter(e -> e.judgement() == null).findFirst();
			if (unjudged.isPresent()) {
				exposures.add(new Exposure(key, "NOISE", null, null, limit.found() && limit.oel().verified(),
						unjudged.get().problem(), false, dayList));
				continue;
			}
			try {
				Judgement judgement = Judgements.noiseWeekly(days.stream()
					.map(e -> e.judgement().check(Rule.NOISE_DAILY).orElseThrow().value())
					.toList(), limit.oel());
				exposures.add(new Exposure(key, "NOISE", judgement, null, judgement.limitVerified(), null, false,
						dayList));
				Check weeklyCheck = judgement.decisive();
				for (Exposure day : days) {
					groups.getOrDefault(day.key(), List.of()).forEach(r -> resultChecks.put(r.id(), weeklyCheck));
				}
			}
			catch (InvalidInputException ex) {
				exposures.add(new Exposure(key, "NOISE", null, null, limit.found() && limit.oel().verified(),
						ex.errors().get(0), false,
						dayList));
			}
		}
	}

	private Judgement chemical(GroupKey key, List<StoredResult> group, Oel oel, LimitRows.Kind kind,
			Map<Long, List<Check>> shortTermChecks) {
		List<Sample> shift = group.stream().filter(StoredResult::shiftSegment).map(Judging::segment).toList();
		List<StoredResult> shortOnes = group.stream().filter(StoredResult::shortTerm).toList();
		List<Sample> shortTerm = shortOnes.stream().map(Judging::reading).toList();
		ChemicalExposure exposure = new ChemicalExposure(key.factorCode(), shift, null, shortTerm);
		Judgement judgement = kind == LimitRows.Kind.DUST ? Judgements.judgeDust(exposure, fraction(oel), oel, SETTINGS)
				: Judgements.judge(exposure, oel, SETTINGS);
		boolean shortRulesApply = oel.mac() != null || oel.pcStel() != null;
		boolean peakRuleApplies = oel.pcTwa() != null && !shortRulesApply;
		if (shortRulesApply || peakRuleApplies) {
			for (StoredResult r : shortOnes) {
				ChemicalExposure alone = new ChemicalExposure(key.factorCode(), List.of(), null, List.of(reading(r)));
				Judgement single = Judgements.judge(alone, oel, SETTINGS);
				shortTermChecks.put(r.id(), single.checks()
					.stream()
					.filter(c -> c.rule() == Rule.STEL || c.rule() == Rule.MAC || c.rule() == Rule.PEAK_MAXIMUM)
					.toList());
			}
		}
		return judgement;
	}

	private Judgement heat(GroupKey key, List<StoredResult> group, boolean hotOutdoor) {
		List<WbgtSegment> segments = group.stream()
			.map(r -> new WbgtSegment(r.sampleNumber(), r.value(), r.unit(), r.represented()))
			.toList();
		// Results of one exposure with different classes: the heaviest work (the lowest limit) decides.
		LabourIntensity intensity = group.stream()
			.map(StoredResult::labourIntensity)
			.filter(java.util.Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElseThrow(() -> InvalidInputException.of("labourIntensity", "testing.result.intensityRequired",
					key.factorCode()));
		int share = Judgements.timeSharePercent(segments);
		HeatLimit limit = this.heatLimits.limitFor(intensity, share, hotOutdoor, key.day())
			.orElseThrow(() -> InvalidInputException.of("labourIntensity", "testing.result.heatLimitMissing",
					intensity.numeral(), share, key.day()));
		return Judgements.heat(key.factorCode(), segments, limit);
	}

	private List<Exposure> mixtures(List<Exposure> exposures, List<MixtureRow> mixtures) {
		List<Exposure> judged = new ArrayList<>();
		for (MixtureRow mixture : mixtures) {
			Map<String, Map<String, Judgement>> byDay = new LinkedHashMap<>();
			for (Exposure e : exposures) {
				if (e.key().postId() == mixture.postId() && e.judgement() != null
						&& mixture.factorCodes().contains(e.key().factorCode()) && e.judgement().twa().isPresent()) {
					byDay.computeIfAbsent(e.key().day() + "\u0000" + e.key().subject(), k -> new LinkedHashMap<>())
						.put(e.key().factorCode(), e.judgement());
				}
			}
			String codes = String.join("+", mixture.factorCodes());
			for (Map.Entry<String, Map<String, Judgement>> day : byDay.entrySet()) {
				String[] parts = day.getKey().split("\u0000", -1);
				GroupKey key = new GroupKey(mixture.postId(), codes, "", LocalDate.parse(parts[0]), parts[1]);
				if (day.getValue().size() < mixture.factorCodes().size()) {
					List<String> missing = mixture.factorCodes().stream().filter(c -> !day.getValue().containsKey(c)).toList();
					judged.add(new Exposure(key, "MIXTURE", null, null, false,
							FieldError.of("mixture", "testing.mixture.componentMissing", codes, String.join("、", missing))));
					continue;
				}
				MixtureJudgement result = Judgements.mixture(day.getValue()
					.values()
					.stream()
					.map(j -> MixtureComponent.from(j, Rule.TWA))
					.toList());
				boolean verified = day.getValue().values().stream().allMatch(Judgement::limitVerified);
				judged.add(new Exposure(key, "MIXTURE", null, result, verified, null));
			}
		}
		return judged;
	}

	private static DustFraction fraction(Oel oel) {
		for (DustFraction f : DustFraction.values()) {
			if (f.code().equals(oel.dustFraction())) {
				return f;
			}
		}
		throw InvalidInputException.of("limitCode", "testing.result.dustFractionUnknown", oel.hazardCode(),
				oel.dustFraction());
	}

	private static Sample segment(StoredResult r) {
		return new Sample(r.sampleNumber(), r.start(), r.end(), r.represented(), r.value(), r.unit(), r.nonDetect(),
				r.limitOfDetection());
	}

	private static Sample reading(StoredResult r) {
		return new Sample(r.sampleNumber(), r.start(), r.end(), null, r.value(), r.unit(), r.nonDetect(),
				r.limitOfDetection());
	}

	/** The first failing check, else the one closest to its limit, as {@link Judgement#decisive()}. */
	static Check decisive(List<Check> checks) {
		Verdict verdict = checks.stream().allMatch(Check::compliant) ? Verdict.COMPLIANT : Verdict.NON_COMPLIANT;
		return new Judgement("", verdict, checks, List.of(), null, List.of(), false, null).decisive();
	}

	static BigDecimal ratio(Check check) {
		return check.limit().signum() == 0 ? BigDecimal.ZERO : check.value().divide(check.limit(), MathContext.DECIMAL64);
	}

	static Duration minutes(BigDecimal minutes) {
		return Duration.ofMillis(minutes.multiply(BigDecimal.valueOf(60_000)).longValue());
	}

}
