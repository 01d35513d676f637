package org.ohsonline.radiation;

import java.math.BigDecimal;
import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/** A period above the investigation level and the employer's explanation. */
@Schema(name = "RadiationInvestigation")
public record InvestigationView(long id, long doseId, long radiationWorkerId, String nameMasked, String employerName,
		String regionCode, String period, BigDecimal level, String status, String explanation, String answeredBy,
		Instant answeredAt, Instant openedAt) {
}
