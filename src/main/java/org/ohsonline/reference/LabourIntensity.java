package org.ohsonline.reference;

/**
 * 体力劳动强度 (physical workload class) of GBZ 2.2-2007 表13, by the labour intensity index n:
 * Ⅰ ≤ 15, Ⅱ 15–20, Ⅲ 20–25, Ⅳ > 25 (standards-notes §3.4). It selects the WBGT limit and the
 * workload weight W_L of job grading.
 */
public enum LabourIntensity {

	I("Ⅰ"), II("Ⅱ"), III("Ⅲ"), IV("Ⅳ");

	private final String numeral;

	LabourIntensity(String numeral) {
		this.numeral = numeral;
	}

	/** The Roman numeral as the standards print it. */
	public String numeral() {
		return this.numeral;
	}

}
