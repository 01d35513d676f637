package org.ohsonline.reference;

/**
 * 作业分级 (GBZ/T 229): the hazard grade of a job, 0 (相对无害) to Ⅳ. Chemical and dust grading of
 * the 2010 editions use 0–Ⅲ, noise and heat 0–Ⅳ; the names of each grade come from the table.
 */
public enum JobGrade {

	ZERO("0"), I("Ⅰ"), II("Ⅱ"), III("Ⅲ"), IV("Ⅳ");

	private final String numeral;

	JobGrade(String numeral) {
		this.numeral = numeral;
	}

	/** 0 or the Roman numeral, as printed before 级. */
	public String numeral() {
		return this.numeral;
	}

}
