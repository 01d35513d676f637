package org.ohsonline.surveillance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.ohsonline.agency.ExamType;

/**
 * An exam as an institution records it, by the API or the entry form. The employer is named by its
 * credit code and the worker by identity number, as on the institution's own papers; both must be
 * in the register, and the worker employed (now or before) by the employer.
 *
 * @param institutionId the examining institution; {@code null} for an institution's own staff (their
 * scope names it)
 * @param chestResult 胸片检查结果 (表2): {@code 0} 未见异常, {@code 1} 尘肺样改变, {@code 2} 其他异常,
 * {@code 3} 未检查
 * @param fvcPercent FVC, % of predicted
 * @param fev1Percent FEV1, % of predicted
 * @param fev1FvcPercent FEV1/FVC, %
 * @param bloodLead blood lead, μg/L
 * @param wbc white cells, 10⁹/L
 * @param neutrophils neutrophils, 10⁹/L
 * @param hemoglobin haemoglobin, g/L
 * @param platelets platelets, 10⁹/L
 * @param items further items by health indicator code (表13)
 * @param recommendation the institution's recommendations (处理意见)
 */
public record ExamCommand(Long institutionId, String employerCreditCode, String workerIdNumber, ExamType examType,
		LocalDate examinedOn, List<HazardConclusion> conclusions, List<Threshold> audiogram, String chestResult,
		BigDecimal fvcPercent, BigDecimal fev1Percent, BigDecimal fev1FvcPercent, BigDecimal bloodLead, BigDecimal wbc,
		BigDecimal neutrophils, BigDecimal hemoglobin, BigDecimal platelets, List<Item> items, String recommendation) {

	public ExamCommand {
		conclusions = conclusions == null ? List.of() : List.copyOf(conclusions);
		audiogram = audiogram == null ? List.of() : List.copyOf(audiogram);
		items = items == null ? List.of() : List.copyOf(items);
	}

	/**
	 * The conclusion for one hazard examined.
	 *
	 * @param diseaseCode the suspected disease (occupational-diseases catalog), for {@code SUSPECTED_DISEASE}
	 * @param detail the contraindication named, or the other finding, as the exchange specification asks
	 * @param recheckOn when to recheck, for {@code RECHECK} (the catalog's default period when absent)
	 */
	public record HazardConclusion(String hazardCode, ExamConclusion conclusion, String diseaseCode, String detail,
			LocalDate recheckOn) {
	}

	/**
	 * One pure-tone air-conduction threshold.
	 *
	 * @param ear {@code L} or {@code R}
	 * @param frequencyHz 500, 1000, 2000, 3000, 4000 or 6000
	 * @param thresholdDb dB HL
	 */
	public record Threshold(String ear, Integer frequencyHz, Integer thresholdDb) {
	}

	/** A further item by its health indicator code (表13). */
	@Schema(name = "ExamItem")
	public record Item(String code, String value, String unit, Boolean abnormal) {
	}

}
