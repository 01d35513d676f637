package org.ohsonline.testing;

/**
 * What a validity clock tracks (工作场所职业卫生管理规定 Art. 20): the periodic testing of hazard
 * factors (检测) and, for employers with serious hazards, the evaluation of the current status (现状评价).
 */
public enum ValidityKind {

	/** 职业病危害因素检测 */
	TESTING,

	/** 职业病危害现状评价 */
	STATUS_EVALUATION

}
