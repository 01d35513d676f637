package org.ohsonline.surveillance;

import java.time.LocalDate;

/**
 * Filters of the booking list; all optional and narrowed to the actor's scope.
 *
 * @param q part of the employer's or institution's name, the start of a credit code, or a number
 * @param region a region prefix (of the employer) inside the actor's scope
 * @param status a {@link BookingStatus} name
 * @param examType an {@link org.ohsonline.agency.ExamType} name
 * @param from first exam day
 * @param to last exam day
 * @param institutionId only this institution's bookings
 * @param sort {@code day}, {@code number}, {@code employer}, {@code institution}, {@code headcount}
 * or {@code status}; a leading {@code -} sorts descending
 */
public record BookingFilter(String q, String region, String status, String examType, LocalDate from, LocalDate to,
		Long institutionId, String sort) {

	public static BookingFilter none() {
		return new BookingFilter(null, null, null, null, null, null, null, null);
	}

}
