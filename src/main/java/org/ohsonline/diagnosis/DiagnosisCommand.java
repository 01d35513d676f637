package org.ohsonline.diagnosis;

import java.time.LocalDate;

/**
 * The institution's diagnosis.
 *
 * @param diagnosedOn the day of the conclusion (and of the certificate)
 * @param occupational whether an occupational disease was diagnosed ({@code false}: 不是职业病)
 * @param diseaseCode the disease from the catalogue in force, when occupational
 * @param conclusion the conclusion as the certificate words it
 * @param certificateNumber the number of the 职业病诊断证明书
 */
public record DiagnosisCommand(LocalDate diagnosedOn, Boolean occupational, String diseaseCode, String conclusion,
		String certificateNumber) {
}
