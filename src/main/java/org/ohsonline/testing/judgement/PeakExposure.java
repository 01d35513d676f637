package org.ohsonline.testing.judgement;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The peak-exposure rule (峰接触浓度, GBZ 2.1-2019 6.3.3) for factors with a PC-TWA and neither
 * PC-STEL nor MAC: excursions above 3 × PC-TWA last at most 15 min each, happen at most 4 times a
 * day, at least 1 h apart, and exposure never exceeds 5 × PC-TWA. Excursions are read from
 * short-term samples: a sample whose value is above 3 × PC-TWA marks its sampling period as
 * excursion; samples above the line whose periods touch or overlap form one excursion (so two
 * back-to-back 15-min samples above it are one 30-min excursion). '1 h apart' is measured from the
 * end of one excursion to the start of the next. 'Above' is strict: a sample exactly at 3 × or
 * 5 × PC-TWA is not above.
 */
final class PeakExposure {

	static final BigDecimal EXCURSION_FACTOR = BigDecimal.valueOf(3);

	static final BigDecimal MAXIMUM_FACTOR = BigDecimal.valueOf(5);

	static final BigDecimal LONGEST_MINUTES = BigDecimal.valueOf(15);

	static final BigDecimal MOST_PER_DAY = BigDecimal.valueOf(4);

	static final BigDecimal SPACING_MINUTES = BigDecimal.valueOf(60);

	private PeakExposure() {
	}

	record Outcome(List<Check> checks, List<Excursion> excursions) {
	}

	/** Short-term samples with their values (non-detects already substituted). */
	record Reading(LocalDateTime start, LocalDateTime end, BigDecimal value) {
	}

	static Outcome apply(List<Reading> readings, BigDecimal pcTwa, String unit) {
		BigDecimal line = pcTwa.multiply(EXCURSION_FACTOR);
		List<Reading> ordered = readings.stream().sorted(Comparator.comparing(Reading::start)).toList();
		BigDecimal highest = ordered.stream().map(Reading::value).max(Comparator.naturalOrder()).orElseThrow();
		List<Excursion> excursions = new ArrayList<>();
		LocalDateTime start = null;
		LocalDateTime end = null;
		for (Reading reading : ordered) {
			if (reading.value().compareTo(line) <= 0) {
				continue;
			}
			if (start != null && !reading.start().isAfter(end)) {
				end = reading.end().isAfter(end) ? reading.end() : end;
				continue;
			}
			if (start != null) {
				excursions.add(new Excursion(start, end));
			}
			start = reading.start();
			end = reading.end();
		}
		if (start != null) {
			excursions.add(new Excursion(start, end));
		}
		List<Check> checks = new ArrayList<>();
		checks.add(Check.of(Rule.PEAK_MAXIMUM, highest, pcTwa.multiply(MAXIMUM_FACTOR), unit));
		BigDecimal longest = excursions.stream()
			.map(e -> minutes(e.length()))
			.max(Comparator.naturalOrder())
			.orElse(BigDecimal.ZERO);
		checks.add(Check.of(Rule.PEAK_EXCURSION_LENGTH, longest, LONGEST_MINUTES, "min"));
		checks.add(Check.of(Rule.PEAK_EXCURSION_COUNT, BigDecimal.valueOf(excursions.size()), MOST_PER_DAY, ""));
		if (excursions.size() > 1) {
			BigDecimal shortestGap = null;
			for (int i = 1; i < excursions.size(); i++) {
				BigDecimal gap = minutes(Duration.between(excursions.get(i - 1).end(), excursions.get(i).start()));
				shortestGap = shortestGap == null || gap.compareTo(shortestGap) < 0 ? gap : shortestGap;
			}
			checks.add(Check.of(Rule.PEAK_EXCURSION_SPACING, shortestGap, SPACING_MINUTES, "min"));
		}
		return new Outcome(checks, excursions);
	}

	static BigDecimal minutes(Duration duration) {
		return BigDecimal.valueOf(duration.getSeconds()).divide(BigDecimal.valueOf(60), java.math.MathContext.DECIMAL64);
	}

}
