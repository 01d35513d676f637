package org.ohsonline.agency;

import java.time.LocalDate;

/**
 * What surveillance (booking, exams) asks of exam institutions. No scope applies: the answers
 * carry no personal data and are needed whoever books.
 */
public interface Institutions {

	/** The institution's daily capacity for the exam type today; see {@link #capacity(long, ExamType, LocalDate)}. */
	default int capacity(long institutionId, ExamType examType) {
		return capacity(institutionId, examType, null);
	}

	/**
	 * How many workers the institution examines a day for the exam type on the day ({@code null}:
	 * today); {@code 0} when it may not examine that type that day (unknown, not an exam institution,
	 * suspended or revoked, qualification not valid, exam type outside its scope).
	 */
	int capacity(long institutionId, ExamType examType, LocalDate on);

	/**
	 * Whether the institution may examine workers exposed to the hazard factor (a level 2 code; its
	 * category in the scope covers it too) in an exam of the type on the day ({@code null}: today).
	 */
	Qualification mayExamine(long institutionId, ExamType examType, String hazardCode, LocalDate on);

}
