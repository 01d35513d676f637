package org.ohsonline.surveillance;

import java.time.LocalDate;
import java.util.List;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Tallies;

/**
 * What waits in the actor's scope, for home pages, counted as the lists count it: exams due and
 * overdue, the tasks conclusions set ({@code surveillance:exam:read}), bookings by where they stand
 * ({@code surveillance:booking:read}), and exams by conclusion for the supervisors' figures. Each is
 * one statement.
 */
public interface SurveillanceQueues {

	/** Open exams due in scope. */
	DueQueue due(Actor actor);

	/** Overdue exams due by lower division and for the {@code top} employers with most. */
	Tallies overdue(Actor actor, int top);

	/** Open tasks in scope by kind. */
	TaskQueue tasks(Actor actor);

	/** Bookings in scope by where they stand, seen from today. */
	BookingQueue bookings(Actor actor);

	/**
	 * Exams in scope examined from {@code from} on whose report is not yet issued (an institution's
	 * staff issue it, on first download, for the worker).
	 */
	long reportsToIssue(Actor actor, LocalDate from);

	/**
	 * Exams in scope examined from {@code from} on, by lower division and most serious conclusion
	 * (suspected disease, contraindication, recheck, other, normal).
	 */
	List<ConclusionCount> conclusionsByRegion(Actor actor, LocalDate from);

	/**
	 * Exams due.
	 *
	 * @param overdue open items past their due date
	 * @param dueSoon open items due within 7 days
	 * @param within30 open items due within 30 days (the soon ones included)
	 * @param oldest the oldest overdue item, or {@code null} when none is overdue
	 * @param next the nearest item not yet overdue, or {@code null}
	 */
	record DueQueue(long overdue, long dueSoon, long within30, ExamDueItem oldest, ExamDueItem next) {
	}

	/**
	 * Open tasks of one kind.
	 *
	 * @param nextDue the earliest due date among them (overdue ones first), or {@code null}
	 */
	record TaskCount(ExamTaskKind kind, long open, long overdue, LocalDate nextDue) {
	}

	record TaskQueue(TaskCount transfers, TaskCount reports) {
	}

	/**
	 * Bookings.
	 *
	 * @param requested requested and not yet confirmed by the institution
	 * @param firstRequestedDay the earliest day among them, or {@code null}
	 * @param today confirmed bookings of today
	 * @param todayHeadcount the workers booked on them
	 * @param toComplete confirmed bookings of past days whose attendance is not yet recorded
	 * @param upcoming confirmed bookings from today on
	 * @param nextDay the earliest day among them, or {@code null}
	 */
	record BookingQueue(long requested, LocalDate firstRequestedDay, long today, long todayHeadcount, long toComplete,
			long upcoming, LocalDate nextDay) {
	}

	/** Exams of one division with one most serious conclusion. */
	record ConclusionCount(String regionCode, ExamConclusion conclusion, long exams) {
	}

}
