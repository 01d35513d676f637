package org.ohsonline.testing.judgement;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;

/**
 * Collects every reason an input is refused before anything is computed, so that one answer lists
 * them all (field names such as {@code shiftSamples[2].end}, message codes in
 * {@code messages/testing*.properties}, the sample's id as first argument).
 */
final class Problems {

	static final Duration SHORT_TERM = Duration.ofMinutes(15);

	private final List<FieldError> errors = new ArrayList<>();

	void add(String field, String code, Object... arguments) {
		this.errors.add(FieldError.of(field, code, arguments));
	}

	boolean isEmpty() {
		return this.errors.isEmpty();
	}

	void throwIfAny() {
		if (!this.errors.isEmpty()) {
			throw new InvalidInputException(this.errors);
		}
	}

	/** The checks every sample passes: a unit equal to the limit's, a value or a limit of detection. */
	void sample(String field, Sample sample, String limitUnit) {
		String id = sample.id() == null ? field : sample.id();
		if (sample.unit() == null || sample.unit().isBlank()) {
			add(field + ".unit", "testing.sample.unitMissing", id);
		}
		else if (limitUnit != null && !Units.same(sample.unit(), limitUnit)) {
			add(field + ".unit", "testing.sample.unitMismatch", id, sample.unit(), limitUnit);
		}
		if (sample.nonDetect()) {
			if (sample.limitOfDetection() == null || sample.limitOfDetection().signum() <= 0) {
				add(field + ".limitOfDetection", "testing.sample.limitOfDetectionMissing", id);
			}
		}
		else if (sample.value() == null) {
			add(field + ".value", "testing.sample.valueMissing", id);
		}
		else if (sample.value().signum() < 0) {
			add(field + ".value", "testing.sample.valueNegative", id, sample.value());
		}
		if ((sample.start() == null) != (sample.end() == null)) {
			add(field + ".end", "testing.sample.timesIncomplete", id);
		}
		else if (sample.start() != null) {
			if (sample.end().isBefore(sample.start())) {
				add(field + ".end", "testing.sample.endBeforeStart", id, sample.start(), sample.end());
			}
			else if (sample.end().isEqual(sample.start())) {
				add(field + ".end", "testing.sample.durationNotPositive", id);
			}
		}
	}

	/** A full-shift segment also needs the positive time it stands for. */
	void shiftSample(String field, Sample sample, String limitUnit) {
		sample(field, sample, limitUnit);
		String id = sample.id() == null ? field : sample.id();
		if (sample.exposure() != null) {
			if (sample.exposure().isNegative() || sample.exposure().isZero()) {
				add(field + ".exposure", "testing.sample.durationNotPositive", id);
			}
		}
		else if (sample.start() == null) {
			add(field + ".exposure", "testing.sample.durationMissing", id);
		}
	}

	/** A short-term sample needs clock times and lasts at most 15 min. */
	void shortTermSample(String field, Sample sample, String limitUnit) {
		sample(field, sample, limitUnit);
		String id = sample.id() == null ? field : sample.id();
		if (sample.start() == null && sample.end() == null) {
			add(field + ".start", "testing.sample.timesMissing", id);
		}
		else if (sample.sampled() != null && sample.sampled().compareTo(SHORT_TERM) > 0) {
			add(field + ".end", "testing.sample.shortTermTooLong", id, sample.sampled().toMinutes());
		}
	}

	/** A duration, a level or a WBGT segment: positive time, a number, the limit's unit. */
	void segment(String field, String id, BigDecimal value, String unit, Duration duration, String limitUnit) {
		String name = id == null ? field : id;
		if (unit == null || unit.isBlank()) {
			add(field + ".unit", "testing.sample.unitMissing", name);
		}
		else if (limitUnit != null && !Units.same(unit, limitUnit)) {
			add(field + ".unit", "testing.sample.unitMismatch", name, unit, limitUnit);
		}
		if (value == null) {
			add(field + ".value", "testing.sample.valueMissing", name);
		}
		if (duration == null) {
			add(field + ".duration", "testing.sample.durationMissing", name);
		}
		else if (duration.isNegative() || duration.isZero()) {
			add(field + ".duration", "testing.sample.durationNotPositive", name);
		}
	}

}
