package org.ohsonline.diagnosis;

import java.time.LocalDate;

/**
 * A statutory duty of a diagnosis institution (the diagnosis or the certificate clock of a case) was met: published
 * once, in the transaction that met it. The indicators count the institution's clocks met on time from it.
 *
 * @param caseId the case
 * @param institutionId the institution whose duty it was (agency id)
 * @param kind {@link ClockKind#DIAGNOSIS} or {@link ClockKind#CERTIFICATE}
 * @param metOn the day it was met
 */
public record CaseClockMet(long caseId, long institutionId, ClockKind kind, LocalDate metOn) {
}
