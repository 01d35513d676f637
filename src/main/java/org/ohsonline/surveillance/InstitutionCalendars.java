package org.ohsonline.surveillance;

import java.time.LocalDate;

import org.ohsonline.shared.Actor;

/**
 * Exam institutions' working days, hours and holidays, which bookings follow: a day is bookable only
 * after today and when the institution works that day, so a weekend is closed unless the institution
 * opens it. Read by whoever reads the institution's bookings calendar; changed (audited) by the
 * institution's own staff or a supervisor of its region with {@code surveillance:calendar:write}.
 * A day with places booked cannot be closed until its bookings are moved or cancelled.
 */
public interface InstitutionCalendars {

	/** The institution's calendar: an institution's staff their own ({@code institutionId} may be null). */
	WorkingCalendar find(Actor actor, Long institutionId);

	/** Sets the working week and hours. */
	WorkingCalendar changeWeek(Actor actor, long institutionId, WorkingWeek week);

	/**
	 * Opens ({@code open}) or closes a day after today against the week, with a note (at most 200
	 * characters); a day set as the week already has it is cleared.
	 */
	WorkingCalendar setDay(Actor actor, long institutionId, LocalDate day, Boolean open, String note);

	/** The day follows the working week again. */
	WorkingCalendar clearDay(Actor actor, long institutionId, LocalDate day);

}
