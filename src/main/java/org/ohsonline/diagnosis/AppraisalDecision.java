package org.ohsonline.diagnosis;

import java.time.LocalDate;

/**
 * The conclusion of an appraisal committee (职业病诊断鉴定书).
 *
 * @param decidedOn the day of the conclusion
 * @param occupational whether it finds an occupational disease
 * @param diseaseCode the disease from the catalogue in force, when occupational
 * @param documentNumber the number of the 鉴定书
 * @param conclusion the conclusion as worded
 */
public record AppraisalDecision(LocalDate decidedOn, Boolean occupational, String diseaseCode, String documentNumber,
		String conclusion) {
}
