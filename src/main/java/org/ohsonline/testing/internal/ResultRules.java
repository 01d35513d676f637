package org.ohsonline.testing.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ohsonline.reference.HazardFactor;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.Limits;
import org.ohsonline.testing.ResultInput;
import org.ohsonline.testing.judgement.Units;

import org.springframework.stereotype.Component;

/**
 * Checks one result as entered: required fields, times, a positive duration (zero or negative is
 * refused, never judged), a value or a non-detect with its limit of detection, the limit's unit,
 * and then the calculators' own checks on the result alone (a MAC factor sampled for longer than
 * 15 min cannot be judged, for instance). A result either passes every check or is refused with all
 * its reasons.
 */
@Component
class ResultRules {


	private final JobRules jobs;

	private final LimitRows limits;

	private final Judging judging;

	ResultRules(JobRules jobs, LimitRows limits, Judging judging) {
		this.jobs = jobs;
		this.limits = limits;
		this.judging = judging;
	}

	/** The checked result, ready to store, or the reasons it is refused. */
	record Outcome(StoredResult result, List<FieldError> errors) {
	}

	Outcome check(long jobId, ResultInput in, Map<Long, JobRules.PostRef> posts, boolean hotOutdoor, String by,
			Instant at) {
		List<FieldError> errors = new ArrayList<>();
		if (in == null) {
			return new Outcome(null, List.of(FieldError.of(null, "testing.result.empty")));
		}
		String sample = JobRules.blank(in.sampleNumber());
		if (sample == null) {
			errors.add(FieldError.of("sampleNumber", "testing.result.sampleNumberRequired"));
		}
		else {
			Limits.check(errors, "sampleNumber", sample, Limits.CODE);
		}
		Limits.check(errors, "pointName", in.pointName(), Limits.LINE);
		Limits.check(errors, "subject", in.subject(), Limits.NAME);
		Limits.check(errors, "method", in.method(), Limits.LINE);
		Limits.check(errors, "unit", in.unit(), Limits.CODE);
		JobRules.PostRef post = in.postId() == null ? null : posts.get(in.postId());
		if (post == null) {
			errors.add(FieldError.of("postId", "testing.result.postUnknown", in.postId()));
		}
		Optional<HazardFactor> factor = this.jobs.factor(errors, "", in.factorCode(), in.limitCode());
		fixFieldNames(errors);
		if (JobRules.blank(in.method()) == null) {
			errors.add(FieldError.of("method", "testing.result.methodRequired"));
		}
		if (in.mode() == null) {
			errors.add(FieldError.of("mode", "testing.result.modeRequired"));
		}
		BigDecimal duration = in.durationMinutes();
		if (in.start() == null) {
			errors.add(FieldError.of("start", "testing.result.startRequired"));
		}
		if (in.end() == null) {
			errors.add(FieldError.of("end", "testing.result.endRequired"));
		}
		else if (in.start() != null && !in.end().isAfter(in.start())) {
			errors.add(FieldError.of("end", "testing.result.durationNotPositive", label(sample),
					Duration.between(in.start(), in.end()).toMinutes()));
		}
		if (duration != null && duration.signum() <= 0) {
			errors.add(FieldError.of("durationMinutes", "testing.result.durationNotPositive", label(sample),
					duration.stripTrailingZeros().toPlainString()));
		}
		boolean nonDetect = Boolean.TRUE.equals(in.nonDetect());
		if (nonDetect) {
			if (in.limitOfDetection() == null || in.limitOfDetection().signum() <= 0) {
				errors.add(FieldError.of("limitOfDetection", "testing.sample.limitOfDetectionMissing", label(sample)));
			}
			if (in.value() != null) {
				errors.add(FieldError.of("value", "testing.result.valueWithNonDetect", label(sample)));
			}
		}
		else if (in.value() == null) {
			errors.add(FieldError.of("value", "testing.sample.valueMissing", label(sample)));
		}
		else if (in.value().signum() < 0) {
			errors.add(FieldError.of("value", "testing.sample.valueNegative", label(sample), in.value()));
		}
		String unit = JobRules.blank(in.unit());
		LimitRows.Resolved limit = factor.map(f -> this.limits.resolve(f.code(), in.limitCode())).orElse(null);
		if (unit == null) {
			errors.add(FieldError.of("unit", "testing.sample.unitMissing", label(sample)));
		}
		else if (limit != null && limit.found() && !Units.same(unit, limit.oel().unit())) {
			errors.add(FieldError.of("unit", "testing.sample.unitMismatch", label(sample), unit, limit.oel().unit()));
		}
		if (limit != null && limit.found()) {
			if (nonDetect && (limit.kind() == LimitRows.Kind.NOISE || limit.kind() == LimitRows.Kind.HEAT)) {
				errors.add(FieldError.of("nonDetect", "testing.result.nonDetectNotMeasurable", label(sample)));
			}
			if (limit.kind() == LimitRows.Kind.HEAT && in.labourIntensity() == null) {
				errors.add(FieldError.of("labourIntensity", "testing.result.intensityRequired", factor.get().code()));
			}
		}
		if (!errors.isEmpty()) {
			return new Outcome(null, errors);
		}
		Duration sampled = Duration.between(in.start(), in.end());
		BigDecimal minutes = duration != null ? duration
				: BigDecimal.valueOf(sampled.getSeconds()).divide(BigDecimal.valueOf(60), java.math.MathContext.DECIMAL64);
		boolean physical = limit.kind() == LimitRows.Kind.NOISE || limit.kind() == LimitRows.Kind.HEAT;
		boolean shift = physical || duration != null || sampled.compareTo(StoredResult.SHORT_TERM) > 0;
		StoredResult result = new StoredResult(0, jobId, sample, post.id(), post.name(), JobRules.blank(in.pointName()),
				in.subject() == null ? "" : in.subject().trim(), factor.get().code(), factor.get().name(),
				JobRules.blank(in.limitCode()), in.method().trim(), in.mode(), in.start(), in.end(), minutes, shift,
				nonDetect ? null : in.value(), unit, in.limitOfDetection(), nonDetect, in.labourIntensity(), by, at);
		List<FieldError> calculated = this.judging.check(result, hotOutdoor);
		return calculated.isEmpty() ? new Outcome(result, List.of()) : new Outcome(null, calculated.stream()
			.map(e -> new FieldError(field(e.field()), e.code(), e.arguments()))
			.toList());
	}

	/** The calculators name fields such as {@code shiftSamples[0].unit}; a result's field is the last part. */
	static String field(String calculatorField) {
		if (calculatorField == null) {
			return null;
		}
		String last = calculatorField.substring(calculatorField.lastIndexOf('.') + 1);
		return switch (last) {
			case "exposure", "duration", "exposureDuration", "workDuration" -> "durationMinutes";
			case "unit", "value", "limitOfDetection", "start", "end", "labourIntensity", "limitCode" -> last;
			default -> "factorCode";
		};
	}

	private static void fixFieldNames(List<FieldError> errors) {
		errors.replaceAll(e -> e.field() != null && e.field().startsWith(".")
				? new FieldError(e.field().substring(1), e.code(), e.arguments()) : e);
	}

	private static String label(String sample) {
		return sample == null ? "" : sample;
	}

}
