package org.ohsonline.testing;

import org.ohsonline.agency.StaffRole;

/** The steps of a testing job that name their participants, each done by staff holding that role. */
public enum JobStep {

	/** 现场调查 */
	SURVEY(StaffRole.SURVEY),
	/** 采样 */
	SAMPLING(StaffRole.SAMPLING),
	/** 实验室检测 */
	LABORATORY(StaffRole.LABORATORY),
	/** 评价 */
	EVALUATION(StaffRole.EVALUATION);

	private final StaffRole role;

	JobStep(StaffRole role) {
		this.role = role;
	}

	/** The staff role a participant of this step must hold. */
	public StaffRole role() {
		return this.role;
	}

}
