package org.ohsonline.surveillance;

import java.time.LocalDate;

import org.ohsonline.agency.ExamType;

/** A row of the booking list. */
public record BookingSummary(long id, String number, long employerId, String employerName, String employerCreditCode,
		String regionCode, long institutionId, String institutionName, ExamType examType, LocalDate day,
		int headcount, BookingStatus status) {
}
