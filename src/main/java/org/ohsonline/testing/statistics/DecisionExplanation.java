package org.ohsonline.testing.statistics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;

/**
 * Why EN 689's decision for a similar exposure group may differ from the single-day verdicts beside
 * it: the national rules (GBZ 2.1) judge each measured shift's C_TWA against the OEL, so a shift at or
 * under the limit is 符合 for that day; EN 689 judges the shifts nobody measured, from the spread of
 * those that were. The two agree when a shift exceeds the limit, or when the spread leaves the limit
 * well clear; they part when every measured shift passed but the spread says that too many unmeasured
 * shifts would not (or that there are too few results to tell). Worded by message code
 * ({@code testing.statistics.why.*}, both languages) with its arguments formatted for reading.
 *
 * @param code the message code
 * @param arguments its arguments, numbers already formatted (three significant figures, percentages)
 * @param differs whether the statistical decision differs from the single-day verdicts
 */
public record DecisionExplanation(String code, List<String> arguments, boolean differs) {

	private static final String PREFIX = "testing.statistics.why.";

	public DecisionExplanation {
		arguments = List.copyOf(arguments);
	}

	/** The explanation for an assessment: the days above the OEL against the decision. */
	public static DecisionExplanation of(ExposureAssessment a) {
		int above = (int) a.points().stream().filter(p -> !p.nonDetect() && p.value() > a.limit()).count();
		String n = String.valueOf(a.results());
		String days = String.valueOf(above);
		String limit = sig(a.limit()) + " " + a.unit();
		return switch (a.decision()) {
			case INSUFFICIENT_DATA -> new DecisionExplanation(PREFIX + "INSUFFICIENT_DATA", List.of(n, days), true);
			case TOO_FEW_DETECTED -> new DecisionExplanation(PREFIX + "TOO_FEW_DETECTED", List.of(n, days), true);
			case MORE_MEASUREMENTS_NEEDED -> {
				PreliminaryTest t = a.preliminary();
				yield new DecisionExplanation(PREFIX + "MORE_MEASUREMENTS_NEEDED",
						List.of(n, percent(t.fraction()), sig(t.threshold()) + " " + a.unit(),
								String.valueOf(t.belowThreshold())), true);
			}
			case COMPLIANT -> {
				if (a.fit() == null) {
					yield new DecisionExplanation(PREFIX + "COMPLIANT_PRELIMINARY",
							List.of(n, percent(a.preliminary().fraction()), sig(a.preliminary().threshold()) + " " + a.unit()),
							false);
				}
				String utl = sig(a.fit().upperToleranceLimit()) + " " + a.unit();
				yield above > 0
						? new DecisionExplanation(PREFIX + "COMPLIANT_DESPITE_DAYS", List.of(days, n, utl, limit), true)
						: new DecisionExplanation(PREFIX + "COMPLIANT_FIT", List.of(n, utl, limit), false);
			}
			case NON_COMPLIANT -> {
				if (above > 0) {
					yield new DecisionExplanation(PREFIX + "NON_COMPLIANT_DAYS", List.of(days, n), false);
				}
				LognormalFit fit = a.fit();
				yield new DecisionExplanation(PREFIX + "NON_COMPLIANT_SPREAD",
						List.of(n, percent(fit.exceedanceFraction()), percent(fit.exceedanceUpperLimit()),
								sig(fit.upperToleranceLimit()) + " " + a.unit(), limit),
						true);
			}
		};
	}

	/** Three significant figures, without trailing zeros. */
	static String sig(double value) {
		return new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros().toPlainString();
	}

	static String percent(double fraction) {
		return String.format(Locale.ROOT, "%.1f%%", fraction * 100);
	}

}
