package org.ohsonline.risk;

/**
 * The combined class of classified supervision (2022–2023 pilot): 甲 is the LOWEST risk and 丙 the
 * HIGHEST (an older 2019 guide used the opposite), so pages always show 低/中/高风险 beside the letter.
 * Declared from lowest to highest risk: a downgrade moves one step towards {@link #JIA}.
 */
public enum RiskClass {

	/** 甲类, 低风险. */
	JIA,
	/** 乙类, 中风险. */
	YI,
	/** 丙类, 高风险. */
	BING;

	/** One step lower risk, never below 甲. */
	public RiskClass lower(int steps) {
		return values()[Math.max(0, ordinal() - Math.max(0, steps))];
	}

	/** Whether this class is a higher risk than the other. */
	public boolean higherThan(RiskClass other) {
		return ordinal() > other.ordinal();
	}

}
