package org.ohsonline.surveillance;

import java.time.LocalDate;

import org.ohsonline.agency.ExamType;

/**
 * One exam in a list.
 *
 * @param worst the most serious conclusion among the hazards (禁忌证 and 疑似 before 复查 and the rest)
 * @param hazards the hazard names examined, joined
 */
public record ExamSummary(long id, String number, LocalDate examinedOn, ExamType examType, long workerId,
		String workerName, String idNumberMasked, long employerId, String employerName, String regionCode,
		String institutionName, String hazards, ExamConclusion worst, Boolean thresholdShift) {
}
