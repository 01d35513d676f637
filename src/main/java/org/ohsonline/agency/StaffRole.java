package org.ohsonline.agency;

/** What a staff member does: the steps of a testing job (issue 4) and examining physicians. */
public enum StaffRole {

	/** 现场调查 */
	SURVEY,
	/** 采样 */
	SAMPLING,
	/** 实验室检测 */
	LABORATORY,
	/** 评价 */
	EVALUATION,
	/** 主检医师 / 医师 */
	PHYSICIAN

}
