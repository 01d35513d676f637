package org.ohsonline.surveillance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.ohsonline.agency.ExamType;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

/**
 * Exam bookings (卫企预约) within the actor's scope: an employer's manager sees and books for their
 * own employer, an exam institution's staff see the bookings made with their institution, and
 * supervisors see the bookings of the employers in their region. Records outside the scope do not
 * exist for the actor. Every write is audited in its transaction; a rule broken changes nothing
 * and throws {@link org.ohsonline.shared.InvalidInputException}.
 */
public interface Bookings {

	Page<BookingSummary> search(Actor actor, BookingFilter filter, PageQuery page);

	/** Streams every booking matching the filter (for exports), in the filter's order. */
	void forEach(Actor actor, BookingFilter filter, Consumer<BookingSummary> consumer);

	BookingView find(Actor actor, long id);

	/**
	 * The employer's current workers with the hazards an exam would cover, proposed from their
	 * current exposures (the hazard factors at the posts they hold), by name or post.
	 */
	Page<Candidate> candidates(Actor actor, long employerId, String q, PageQuery page);

	/** The active exam institutions of the employer's city that examine the exam type. */
	List<Institution> institutions(Actor actor, long employerId, ExamType examType);

	/**
	 * Books: the institution must be qualified on the day for the exam type and every hazard, and
	 * have the places left — they are taken at once, atomically, so that two employers racing for
	 * the last places cannot both get them. The booking starts {@link BookingStatus#REQUESTED}.
	 * Requires {@code surveillance:booking:write} and the employer's own scope.
	 */
	BookingView book(Actor actor, BookingCommand command);

	/** The institution confirms a requested booking ({@code surveillance:booking:confirm}). */
	BookingView confirm(Actor actor, long id);

	/**
	 * Moves an open booking to another day, taking the places there and releasing the old ones in
	 * one transaction. Moved by the employer, a confirmed booking goes back to the institution for
	 * confirmation; moved by the institution, it stays confirmed.
	 */
	BookingView reschedule(Actor actor, long id, LocalDate day, String note);

	/** Cancels an open booking (either party, with a reason) and releases its places. */
	BookingView cancel(Actor actor, long id, String reason);

	/**
	 * The institution records who came, on or after the day of a confirmed booking; once every
	 * worker is recorded the booking is {@link BookingStatus#COMPLETED}.
	 */
	BookingView recordAttendance(Actor actor, long id, Map<Long, Attendance> attendance);

	/**
	 * The institution's month: booked places against capacity per day and exam type. An
	 * institution's staff see their own institution ({@code institutionId} may be {@code null});
	 * supervisors any institution.
	 */
	CalendarMonth calendar(Actor actor, Long institutionId, YearMonth month);

	/** The institution's bookings on one day (its calendar's day view), open ones first. */
	List<BookingSummary> onDay(Actor actor, Long institutionId, LocalDate day);

	/**
	 * A worker that can be booked, with the proposed hazards (codes and names) and the numbers of
	 * the open bookings the worker is already in (a worker is booked once per exam type).
	 */
	record Candidate(long workerId, String name, String postName, List<String> hazardCodes,
			List<String> hazardNames, List<String> openBookings) {
	}

	/** An exam institution that can be booked. */
	record Institution(long id, String name, String regionCode) {
	}

}
