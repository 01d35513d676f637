package org.ohsonline.surveillance;

/** What a conclusion obliges someone to do. */
public enum ExamTaskKind {

	/** 职业禁忌证: the employer moves the worker off the contraindicated work. */
	JOB_TRANSFER,
	/** 疑似职业病: the suspected case is reported to the health authority (职业病防治法 Art. 50). */
	SUSPECTED_REPORT

}
