package org.ohsonline.agency;

/**
 * The testing and evaluation jobs a service agency may be qualified for (DOMAIN.md, issue 4). The
 * national exchange specification of 2021 has no code table for them, so the platform's codes are
 * these names.
 */
public enum JobType {

	/** 定期检测 */
	PERIODIC_TESTING,
	/** 监督检测 */
	SUPERVISORY_TESTING,
	/** 预评价 */
	PRE_EVALUATION,
	/** 控制效果评价 */
	CONTROL_EFFECT_EVALUATION,
	/** 现状评价 */
	STATUS_EVALUATION

}
