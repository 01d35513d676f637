package org.ohsonline.reference;

/**
 * Hazard severity of an industry in the 2021 risk classification directory (建设项目职业病危害风险分类管理目录):
 * only two classes. The higher class wins across an employer's sub-units.
 */
public enum Severity {

	/** 严重 */
	SERIOUS,

	/** 一般 */
	GENERAL;

	public static Severity higher(Severity a, Severity b) {
		return a == SERIOUS || b == SERIOUS ? SERIOUS : GENERAL;
	}

	/** The milder of two classes: what the most lenient answer to an open question would give. */
	public static Severity lower(Severity a, Severity b) {
		return a == GENERAL || b == GENERAL ? GENERAL : SERIOUS;
	}

}
