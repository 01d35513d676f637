package org.ohsonline.surveillance.internal;

import java.math.BigDecimal;
import java.util.Optional;

import org.ohsonline.testing.MeasuredExposures.PostExposure;

/**
 * The grade an exposure takes in the {@code exam-rules} catalog (GBZ 188-2014, see
 * resources/reference/README.md), from what workplace testing measured at the post:
 * <ul>
 * <li>noise by its level, L_EX,8h or L_EX,W in dB(A): {@code L85} at 85 and above, {@code L80} from 80
 * to below 85 (the catalog's noise rows, GBZ 188-2014 8.1.2); below 80 the exposure stays ungraded;</li>
 * <li>other factors by their job grade of GBZ/T 229 (作业分级): 0 and Ⅰ → {@code I}; Ⅱ and above →
 * {@code II+}. Grade 0 (relatively harmless) takes Ⅰ's interval, the least frequent the catalog has.</li>
 * </ul>
 * Without a measurement the exposure is ungraded and the catalog's rule for ungraded exposures
 * (the stricter one) applies.
 */
final class ExamGrades {

	static final BigDecimal NOISE_UPPER = new BigDecimal("85");

	static final BigDecimal NOISE_LOWER = new BigDecimal("80");

	private ExamGrades() {
	}

	static Optional<String> of(PostExposure exposure) {
		if (exposure == null) {
			return Optional.empty();
		}
		if (("NOISE_DAILY".equals(exposure.rule()) || "NOISE_WEEKLY".equals(exposure.rule())) && exposure.value() != null) {
			if (exposure.value().compareTo(NOISE_UPPER) >= 0) {
				return Optional.of("L85");
			}
			return exposure.value().compareTo(NOISE_LOWER) >= 0 ? Optional.of("L80") : Optional.empty();
		}
		if (exposure.grade() == null) {
			return Optional.empty();
		}
		return switch (exposure.grade()) {
			case "ZERO", "I" -> Optional.of("I");
			case "II", "III", "IV" -> Optional.of("II+");
			default -> Optional.empty();
		};
	}

	/** How the grade was found, for the item's basis: e.g. {@code JC2026-0001 NOISE_DAILY 87.4 dB(A)}. */
	static String evidence(PostExposure exposure) {
		StringBuilder text = new StringBuilder(exposure.jobNumber()).append(' ').append(exposure.rule());
		if (exposure.value() != null) {
			text.append(' ').append(exposure.value().stripTrailingZeros().toPlainString());
			if (exposure.unit() != null) {
				text.append(' ').append(exposure.unit());
			}
		}
		if (exposure.grade() != null) {
			text.append(" grade ").append(exposure.grade());
		}
		return text.toString();
	}

}
