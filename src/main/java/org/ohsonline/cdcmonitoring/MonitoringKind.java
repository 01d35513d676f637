package org.ohsonline.cdcmonitoring;

/**
 * The two kinds of CDC monitoring project; each has its form in the {@code survey-forms} catalog under the kind's
 * name, and its own kind of agency that may be assigned a task.
 */
public enum MonitoringKind {

	/** 重点职业病监测: workers examined; tasks for exam institutions. */
	KEY_DISEASE,

	/** 工作场所职业病危害因素监测与现状调查: hazards sampled; tasks for service agencies qualified for testing. */
	WORKPLACE_HAZARD

}
