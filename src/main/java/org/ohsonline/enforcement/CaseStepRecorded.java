package org.ohsonline.enforcement;

import java.time.LocalDate;

/**
 * A step was appended to an enforcement case's chain (filing, decision, extension, closing, …), on a day. The case's
 * state and clocks after it are read through {@link Cases}.
 */
public record CaseStepRecorded(long caseId, long employerId, String regionCode, CaseStep step, LocalDate on) {
}
