package org.ohsonline.declaration;

import java.time.LocalDate;

/**
 * A declaration deadline passed without a declaration (published once per clock, by the daily
 * reminder job, the day after the due date). Enforcement and indicators consume it; a late
 * declaration still meets the clock, which then shows as met late.
 *
 * @param reason the reason code of the deadline catalog
 */
public record DeclarationOverdue(long clockId, long employerId, String creditCode, String regionCode, String reason,
		DeclarationKind kind, LocalDate dueOn) {
}
