package org.ohsonline.surveillance;

import java.time.LocalDate;
import java.util.List;

import org.ohsonline.agency.ExamType;

/**
 * An exam institution confirmed a booking: the exams module expects these workers on that day, and
 * the employer is notified. Published again when a confirmed booking is moved to another day.
 *
 * @param bookingId the booking
 * @param employerId the employer (registry id)
 * @param regionCode the employer's region, for jurisdiction
 * @param institutionId the exam institution (agency id)
 * @param workers the booked workers with the hazard factor codes to examine
 */
public record BookingConfirmed(long bookingId, String number, long employerId, String regionCode, long institutionId,
		ExamType examType, LocalDate day, List<BookedWorker> workers) {

	public record BookedWorker(long workerId, List<String> hazardCodes) {
	}

}
