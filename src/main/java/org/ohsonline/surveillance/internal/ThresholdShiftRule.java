package org.ohsonline.surveillance.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;

/**
 * The standard threshold shift (STS) rule of OSHA 29 CFR 1910.95(g)(10)(i): a change in hearing
 * threshold relative to the baseline audiogram of an average of 10 dB or more at 2000, 3000, and
 * 4000 Hz in either ear (quoted). Chosen because GBZ 188-2014 and GBZ 49 judge hearing by absolute thresholds
 * and name no rule for a shift against a worker's own baseline; the OSHA rule is the published,
 * widely used definition of such a shift, and its three frequencies are among those GBZ 188 requires.
 * Applied without the optional age correction of 1910.95 Appendix F (its sex- and age-specific tables
 * are not among the platform's verified reference data), so it errs towards finding a shift.
 * <p>
 * Baseline: the worker's first complete audiogram; after an exam that found a shift, that exam is the
 * revised baseline (1910.95(g)(9) allows substituting an audiogram that shows a persistent shift), so
 * the same shift is not reported again at every later exam. Pure, so the arithmetic is tested without
 * a database.
 */
final class ThresholdShiftRule {

	/** The frequencies averaged, Hz. */
	static final int[] FREQUENCIES = { 2000, 3000, 4000 };

	/** The average shift that counts, dB. */
	static final BigDecimal SHIFT_DB = BigDecimal.TEN;

	private ThresholdShiftRule() {
	}

	/** Thresholds of one audiogram: ear ({@code L}/{@code R}) → frequency → dB HL. */
	record Audiogram(Map<String, Map<Integer, Integer>> thresholds) {

		boolean complete() {
			for (String ear : new String[] { "L", "R" }) {
				Map<Integer, Integer> byFrequency = this.thresholds.get(ear);
				if (byFrequency == null) {
					return false;
				}
				for (int f : FREQUENCIES) {
					if (!byFrequency.containsKey(f)) {
						return false;
					}
				}
			}
			return true;
		}

	}

	/** The average shift per ear and whether either reaches {@link #SHIFT_DB}. */
	record Shift(BigDecimal leftDb, BigDecimal rightDb, boolean found) {
	}

	/**
	 * The baseline among the earlier audiograms (oldest first): the latest one whose assessment found a
	 * shift (the revised baseline), else the first complete one; empty when none is complete.
	 */
	static Optional<Map.Entry<Long, Audiogram>> baseline(java.util.List<Map.Entry<Long, Audiogram>> earlier,
			java.util.Collection<Long> shiftsFound) {
		Optional<Map.Entry<Long, Audiogram>> revised = Optional.empty();
		for (Map.Entry<Long, Audiogram> entry : earlier) {
			if (shiftsFound.contains(entry.getKey()) && entry.getValue().complete()) {
				revised = Optional.of(entry);
			}
		}
		if (revised.isPresent()) {
			return revised;
		}
		return earlier.stream().filter(e -> e.getValue().complete()).findFirst();
	}

	/**
	 * The shift of {@code current} against {@code baseline}; empty when either lacks a threshold at
	 * 2, 3 or 4 kHz in either ear.
	 */
	static Optional<Shift> assess(Audiogram baseline, Audiogram current) {
		if (!baseline.complete() || !current.complete()) {
			return Optional.empty();
		}
		BigDecimal left = average(baseline, current, "L");
		BigDecimal right = average(baseline, current, "R");
		boolean found = left.compareTo(SHIFT_DB) >= 0 || right.compareTo(SHIFT_DB) >= 0;
		return Optional.of(new Shift(left, right, found));
	}

	private static BigDecimal average(Audiogram baseline, Audiogram current, String ear) {
		int sum = 0;
		for (int f : FREQUENCIES) {
			sum += current.thresholds().get(ear).get(f) - baseline.thresholds().get(ear).get(f);
		}
		return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(FREQUENCIES.length), 2, RoundingMode.HALF_UP);
	}

}
