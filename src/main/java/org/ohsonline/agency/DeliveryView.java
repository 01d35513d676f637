package org.ohsonline.agency;

import java.time.Instant;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A delivered job or exam batch and, once the employer rated it, its evaluation.
 * @param subjectNumber the job's number; for an exam batch {@code null}
 * @param exams for an exam batch, how many exams it holds
 */
@Schema(name = "AgencyDelivery")
public record DeliveryView(long id, long agencyId, String agencyName, AgencyKind agencyKind, DeliveryKind kind,
		String subjectNumber, long employerId, String employerName, String employerRegionCode, LocalDate deliveredOn,
		int exams, Evaluation evaluation) {

	/** The employer's marks of the delivery. */
	@Schema(name = "AgencyEvaluation")
	public record Evaluation(int timeliness, int professionalism, int priceTransparency, String comment,
			String ratedBy, Instant ratedAt) {
	}

}
