package org.ohsonline.surveillance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.ohsonline.agency.ExamType;

/**
 * An exam as pages and the API show it: the identity number masked, clinical text decrypted for
 * readers in scope.
 *
 * @param thresholdShift whether a standard threshold shift was found against the baseline
 * audiogram; {@code null} when not assessed (no audiogram, or it is the baseline)
 * @param reportCode the verification code of the issued report, or {@code null} before it is issued
 */
public record ExamView(long id, String number, long institutionId, String institutionName, long employerId,
		String employerName, String creditCode, String regionCode, long workerId, String workerName,
		String idNumberMasked, ExamType examType, LocalDate examinedOn, List<Conclusion> conclusions,
		List<ExamCommand.Threshold> audiogram, String chestResult, BigDecimal fvcPercent, BigDecimal fev1Percent,
		BigDecimal fev1FvcPercent, BigDecimal bloodLead, BigDecimal wbc, BigDecimal neutrophils, BigDecimal hemoglobin,
		BigDecimal platelets, List<ExamCommand.Item> items, String recommendation, Boolean thresholdShift,
		ShiftView shift, String reportNumber, String reportCode, String reportSha256, boolean synthetic,
		Instant createdAt) {

	/** The conclusion for one hazard. */
	public record Conclusion(String hazardCode, String hazardName, ExamConclusion conclusion, String diseaseCode,
			String detail, LocalDate recheckOn) {
	}

	/** The shift against the baseline (average at 2, 3 and 4 kHz per ear, dB). */
	public record ShiftView(long baselineExamId, BigDecimal leftShiftDb, BigDecimal rightShiftDb, boolean found) {
	}

	/** The threshold at an ear and frequency, or {@code null}. */
	public Integer threshold(String ear, int frequencyHz) {
		return this.audiogram.stream()
			.filter(t -> t.ear().equals(ear) && t.frequencyHz() == frequencyHz)
			.map(ExamCommand.Threshold::thresholdDb)
			.findFirst()
			.orElse(null);
	}

}
