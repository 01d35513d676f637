package org.ohsonline.declaration;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

import org.ohsonline.shared.Actor;

/**
 * Per-employer figures of declaration duties over a period, for modules that score areas of supervision (grid KPIs):
 * the duties (申报办法 Arts. 8–9 clocks) due on a day of the period, void ones left out, and those met on or before
 * their due day (a clock is met on the day the accepted declaration was submitted). Only clocks in the caller's
 * jurisdiction are counted; the calling module checks its own permission.
 */
public interface DeclarationFigures {

	/** One employer's duties due in the period and those declared on time. */
	record OfEmployer(long employerId, int due, int onTime) {
	}

	/** The figures of each of the employers with a duty due from {@code from} to {@code to} (both included), by id. */
	Map<Long, OfEmployer> ofEmployers(Actor actor, Collection<Long> employerIds, LocalDate from, LocalDate to);

}
