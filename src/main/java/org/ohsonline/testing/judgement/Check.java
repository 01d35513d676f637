package org.ohsonline.testing.judgement;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One rule applied to one exposure: the value found, the limit used and the verdict, so that a
 * page can print 'C_TWA 2.3 mg/m³ > PC-TWA 2 mg/m³ — 不符合'. Values are not rounded: judgements
 * compare full values with the limit (GB/T 8170 全数值比较法); pages round for display only.
 *
 * @param rule the rule
 * @param value the quantity found (concentration, level, count or minutes as the rule says)
 * @param limit the limit it was held to
 * @param unit the unit of value and limit ({@code mg/m³}, {@code dB(A)}, {@code °C WBGT},
 * {@code min}; empty for counts and ratios)
 * @param verdict {@link Verdict#COMPLIANT} when the value is within the bound, limit included
 */
public record Check(Rule rule, BigDecimal value, BigDecimal limit, String unit, Verdict verdict) {

	public Check {
		Objects.requireNonNull(rule, "rule");
		Objects.requireNonNull(value, "value");
		Objects.requireNonNull(limit, "limit");
		unit = unit == null ? "" : unit;
	}

	/** Applies a rule: at the limit is compliant, either way. */
	public static Check of(Rule rule, BigDecimal value, BigDecimal limit, String unit) {
		int comparison = value.compareTo(limit);
		boolean within = rule.bound() == Rule.Bound.AT_MOST ? comparison <= 0 : comparison >= 0;
		return new Check(rule, value, limit, unit, Verdict.of(within));
	}

	public boolean compliant() {
		return this.verdict == Verdict.COMPLIANT;
	}

	/** For logs and tests, e.g. {@code C_TWA 2.3 mg/m³ > PC-TWA 2 mg/m³: NON_COMPLIANT}. */
	@Override
	public String toString() {
		int comparison = this.value.compareTo(this.limit);
		String sign = comparison == 0 ? "=" : comparison < 0 ? "<" : ">";
		String unitSuffix = this.unit.isEmpty() ? "" : " " + this.unit;
		return this.rule.quantity() + " " + this.value.stripTrailingZeros().toPlainString() + unitSuffix + " " + sign
				+ " " + this.rule.limit() + " " + this.limit.stripTrailingZeros().toPlainString() + unitSuffix + ": "
				+ this.verdict;
	}

}
