package org.ohsonline.declaration;

import java.time.LocalDate;

/**
 * A reason to declare that another module (or a person) has seen.
 *
 * @param employerId the employer who must declare
 * @param reason a reason code of the {@code declaration-deadlines} catalog: testing calls with
 * {@code TEST_RESULTS_CHANGE} when results differ from the declaration, projects with
 * {@code PROJECT_COMPLETION} on completion acceptance, anyone with {@code PROCESS_CHANGE}
 * @param startedOn the day the period starts (results received, completion accepted, change made)
 * @param source what started it, shown beside the clock (e.g. a testing report number)
 */
public record ClockStart(long employerId, String reason, LocalDate startedOn, String source) {
}
