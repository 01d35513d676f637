package org.ohsonline.agency;

/** What an organisation delivered to an employer: a reviewed testing job, or the exams of one day. */
public enum DeliveryKind {

	TESTING_JOB, EXAM_BATCH

}
