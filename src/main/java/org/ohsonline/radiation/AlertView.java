package org.ohsonline.radiation;

import java.math.BigDecimal;
import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/** A sum above a dose limit: the kind (ANNUAL, FIVE_YEAR, LENS, SKIN), its (last) year and the limit. */
@Schema(name = "RadiationAlert")
public record AlertView(long id, long radiationWorkerId, String nameMasked, String employerName, String regionCode,
		String kind, int year, BigDecimal doseLimit, Instant raisedAt) {
}
