package org.ohsonline.testing.judgement;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The judgement of one factor's exposure: every rule applied, the rules that could not be applied
 * for lack of samples, and the overall verdict (不符合 as soon as one rule fails).
 *
 * @param hazardCode the factor judged
 * @param verdict the overall verdict
 * @param checks the rules applied, in the order TWA, STEL, MAC, peak rule (or the noise/heat rule)
 * @param notAssessed rules the limit calls for but the samples could not serve (e.g. PC-STEL without
 * short-term samples): a page shows them so that 符合 is not read as 'every rule passed'
 * @param actionLevel the action level, for chemicals and dusts; {@code null} for noise and heat
 * @param excursions the excursions above 3 × PC-TWA found by the peak-exposure rule, else empty
 * @param limitVerified whether the limit used was checked against the official text
 * @param dustFraction the dust fraction judged, {@code null} for anything but dust
 */
public record Judgement(String hazardCode, Verdict verdict, List<Check> checks, List<Rule> notAssessed,
		ActionLevel actionLevel, List<Excursion> excursions, boolean limitVerified, DustFraction dustFraction) {

	public Judgement {
		checks = List.copyOf(checks);
		notAssessed = List.copyOf(notAssessed);
		excursions = excursions == null ? List.of() : List.copyOf(excursions);
	}

	static Judgement of(String hazardCode, List<Check> checks, List<Rule> notAssessed, ActionLevel actionLevel,
			List<Excursion> excursions, boolean limitVerified) {
		Verdict verdict = Verdict.of(checks.stream().allMatch(Check::compliant));
		return new Judgement(hazardCode, verdict, checks, notAssessed, actionLevel, excursions, limitVerified, null);
	}

	Judgement asDust(DustFraction fraction) {
		return new Judgement(this.hazardCode, this.verdict, this.checks, this.notAssessed, this.actionLevel,
				this.excursions, this.limitVerified, fraction);
	}

	/** The check of a rule, if it was applied. */
	public Optional<Check> check(Rule rule) {
		return this.checks.stream().filter(c -> c.rule() == rule).findFirst();
	}

	/**
	 * The check to show beside the verdict: the first failing rule, or else the rule closest to its
	 * limit (highest value/limit among 'at most' rules with a positive limit).
	 */
	public Check decisive() {
		return this.checks.stream()
			.filter(c -> !c.compliant())
			.findFirst()
			.or(() -> this.checks.stream()
				.filter(c -> c.rule().bound() == Rule.Bound.AT_MOST && c.limit().signum() > 0)
				.max(Comparator.comparing(c -> c.value().divide(c.limit(), MathContext.DECIMAL64))))
			.orElse(this.checks.get(0));
	}

	/** C_TWA, when a TWA was computed. */
	public Optional<BigDecimal> twa() {
		return check(Rule.TWA).map(Check::value);
	}

}
