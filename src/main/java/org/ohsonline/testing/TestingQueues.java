package org.ohsonline.testing;

import java.time.LocalDate;
import java.util.Map;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Tallies;

/**
 * What waits in the actor's scope, for home pages, counted as the lists count it: validity clocks
 * overdue and in their reminder period ({@code testing:clock:read}; an employer its own, a supervisor
 * its region's), and testing jobs by where they stand ({@code testing:job:read}).
 */
public interface TestingQueues {

	/** The clocks in scope, in one statement. */
	ClockQueue clocks(Actor actor);

	/** Overdue clocks by lower division and for the {@code top} employers with most. */
	Tallies overdue(Actor actor, int top);

	/** Jobs in scope by status, in one statement; every status present (0 when none). */
	Map<JobStatus, Long> jobsByStatus(Actor actor);

	/**
	 * Validity clocks in scope.
	 *
	 * @param overdue clocks past their due date
	 * @param dueSoon clocks in their reminder period and not yet overdue
	 * @param oldestDue the due date of the oldest overdue clock, or {@code null}
	 * @param nextDue the nearest due date not yet passed, or {@code null}
	 */
	record ClockQueue(long overdue, long dueSoon, LocalDate oldestDue, LocalDate nextDue) {
	}

}
