package org.ohsonline.enforcement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

import org.ohsonline.shared.Actor;

/**
 * Per-employer figures of enforcement over a period, for modules that score areas of supervision (grid KPIs):
 * inspections recorded and penalties decided. Only employers whose records lie in the caller's jurisdiction are
 * counted; the calling module checks its own permission.
 */
public interface EnforcementFigures {

	/**
	 * One employer's figures.
	 *
	 * @param inspections on-site and non-site inspections recorded on a day of the period
	 * @param penalties cases whose decision (决定) was recorded on a day of the period with a penalty (not 不予处罚)
	 */
	record OfEmployer(long employerId, int inspections, int penalties) {
	}

	/** The figures of each of the employers with any, from {@code from} to {@code to} (both included), by id. */
	Map<Long, OfEmployer> ofEmployers(Actor actor, Collection<Long> employerIds, LocalDate from, LocalDate to);

}
