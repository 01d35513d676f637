package org.ohsonline.diagnosis;

import java.time.LocalDate;

/**
 * A request for an appraisal (after a diagnosis) or a re-appraisal (after an appraisal).
 *
 * @param requestedOn the day the request was made (today when empty); it must fall inside the window
 * @param requestedBy the party; a worker or employer user is the party themself
 * @param reason what the party disputes
 */
public record AppraisalRequest(LocalDate requestedOn, Applicant requestedBy, String reason) {
}
