package org.ohsonline.declaration;

import java.time.LocalDate;

/**
 * A declaration deadline is 7 days away or nearer and nothing was declared yet (published once
 * per clock by the daily reminder job), for the notification module to remind the employer.
 */
public record DeclarationDueSoon(long clockId, long employerId, String creditCode, String regionCode, String reason,
		DeclarationKind kind, LocalDate dueOn) {
}
