package org.ohsonline.testing.judgement;

/**
 * A rule a result is judged by: the quantity measured, the limit it is held to, whether the
 * quantity must stay at most or at least at the limit, and the clause. Clause numbers of GBZ 2.1-2019
 * follow standards-notes §3.2 (taken from a code source; the clause wording was not seen).
 */
public enum Rule {

	/** 8-hour time-weighted average against PC-TWA. */
	TWA("C_TWA", "PC-TWA", Bound.AT_MOST, "GBZ 2.1-2019 6.3.2/6.3.3"),

	/** 15-minute short-term exposure against PC-STEL. */
	STEL("C_STE", "PC-STEL", Bound.AT_MOST, "GBZ 2.1-2019 6.3.2"),

	/** Highest short-term concentration against the maximum allowable concentration. */
	MAC("C_ME", "MAC", Bound.AT_MOST, "GBZ 2.1-2019 6.3.1"),

	/** Peak exposure: never above 5 × PC-TWA. */
	PEAK_MAXIMUM("C_peak", "5 × PC-TWA", Bound.AT_MOST, "GBZ 2.1-2019 6.3.3 (峰接触浓度)"),

	/** Peak exposure: each excursion above 3 × PC-TWA lasts at most 15 min. */
	PEAK_EXCURSION_LENGTH("longest excursion > 3 × PC-TWA", "limit", Bound.AT_MOST, "GBZ 2.1-2019 6.3.3 (峰接触浓度)"),

	/** Peak exposure: at most 4 excursions above 3 × PC-TWA a day. */
	PEAK_EXCURSION_COUNT("excursions > 3 × PC-TWA", "limit", Bound.AT_MOST, "GBZ 2.1-2019 6.3.3 (峰接触浓度)"),

	/** Peak exposure: excursions at least 1 h apart (end of one to start of the next). */
	PEAK_EXCURSION_SPACING("shortest gap between excursions", "limit", Bound.AT_LEAST,
			"GBZ 2.1-2019 6.3.3 (峰接触浓度)"),

	/** Agents with the same effect: Σ Cᵢ/OELᵢ at most 1. */
	MIXTURE("Σ Cᵢ/OELᵢ", "limit", Bound.AT_MOST, "GBZ 2.1-2019 3.8 (混合接触)"),

	/** Daily noise exposure level normalised to 8 h. */
	NOISE_DAILY("L_EX,8h", "limit", Bound.AT_MOST, "GBZ 2.2-2007 11.2.1"),

	/** Weekly noise exposure level normalised to 40 h, for irregular weeks. */
	NOISE_WEEKLY("L_EX,W", "limit", Bound.AT_MOST, "GBZ 2.2-2007 11.2.1"),

	/** Time-weighted WBGT index against the limit for labour intensity and time share. */
	HEAT_WBGT("WBGT", "WBGT limit", Bound.AT_MOST, "GBZ 2.2-2007 10.2 表8");

	/** Whether the quantity must not exceed the limit or must reach it. */
	public enum Bound {

		AT_MOST, AT_LEAST

	}

	private final String quantity;

	private final String limit;

	private final Bound bound;

	private final String clause;

	Rule(String quantity, String limit, Bound bound, String clause) {
		this.quantity = quantity;
		this.limit = limit;
		this.bound = bound;
		this.clause = clause;
	}

	/** The symbol of what is measured, e.g. {@code C_TWA}. */
	public String quantity() {
		return this.quantity;
	}

	/** The symbol of the limit, e.g. {@code PC-TWA}. */
	public String limit() {
		return this.limit;
	}

	public Bound bound() {
		return this.bound;
	}

	/** The standard and clause that sets the rule. */
	public String clause() {
		return this.clause;
	}

}
