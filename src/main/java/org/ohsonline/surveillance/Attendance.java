package org.ohsonline.surveillance;

/** Whether a booked worker came to the exam, as the institution records it on or after the day. */
public enum Attendance {

	PENDING, ATTENDED, NO_SHOW

}
