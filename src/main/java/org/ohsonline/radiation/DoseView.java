package org.ohsonline.radiation;

import java.math.BigDecimal;
import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A dose record in full (mSv): shown to the worker, the employer, the dosimetry service that entered it and
 * supervisors in scope, each reading audited. {@code counted*} is what sums count (the value, or the detection
 * limit's share for a value below it).
 */
@Schema(name = "RadiationDose")
public record DoseView(long id, long radiationWorkerId, String name, String idNumberMasked, String employerName,
		String regionCode, String agencyName, String period, BigDecimal hp10, boolean hp10Below, BigDecimal hp007,
		boolean hp007Below, BigDecimal lens, boolean lensBelow, BigDecimal mdl, BigDecimal countedHp10,
		BigDecimal countedHp007, BigDecimal countedLens, DoseBand band, String limitsEdition, String channel,
		String enteredBy, Instant enteredAt) {
}
