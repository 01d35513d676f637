package org.ohsonline.diagnosis;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Tallies;

/**
 * What waits in the actor's scope, for home pages, counted as the lists count it
 * ({@code diagnosis:case:read}): running clocks by kind (a duty past its date is overdue), cases by
 * status, overdue duties by division and employer, and today's rehabilitation appointments at the
 * stations in scope ({@code diagnosis:rehab:read}).
 */
public interface DiagnosisQueues {

	/** Running clocks by kind, every kind present; one statement. */
	Map<ClockKind, ClockCount> clocks(Actor actor);

	/** Cases by status, every status present; one statement. */
	Map<CaseStatus, Long> cases(Actor actor);

	/** Overdue duties (diagnosis, certificate) by lower division and for the {@code top} employers with most. */
	Tallies overdue(Actor actor, int top);

	/** Appointments still scheduled on the day at each station in scope, stations by name. */
	List<StationDay> appointmentsOn(Actor actor, LocalDate day);

	/**
	 * Running clocks of one kind.
	 *
	 * @param overdue running duties past their due date (windows do not become overdue, they lapse)
	 * @param nextDue the earliest due date among them, or {@code null}
	 */
	record ClockCount(ClockKind kind, long open, long overdue, LocalDate nextDue) {
	}

	/** A station's appointments on a day. */
	record StationDay(long stationId, String stationName, long appointments) {
	}

}
