package org.ohsonline.testing;

import java.time.LocalDate;

/**
 * An employer's periodic testing or status evaluation passed its due date without a reviewed job
 * (published once per due date by the daily clock run). Risk classification and indicators consume it.
 */
public record TestingOverdue(long employerId, String creditCode, String regionCode, ValidityKind kind,
		LocalDate dueOn) {
}
