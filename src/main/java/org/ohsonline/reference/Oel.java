package org.ohsonline.reference;

import java.math.BigDecimal;

/**
 * An occupational exposure limit (GBZ 2.1-2019 chemical, GBZ 2.2-2007 physical) of a hazard factor.
 * Values not set are {@code null}.
 *
 * @param hazardCode the hazard factor
 * @param mac maximum allowable concentration
 * @param pcTwa time-weighted average
 * @param pcStel short-term exposure limit
 * @param unit mg/m³, f/ml, dB(A), °C WBGT …
 * @param dustFraction {@code total} or {@code respirable} for dusts, else {@code null}
 * @param notes the standard's remarks (skin, sensitiser, carcinogen class …)
 * @param verified whether checked against the official text
 */
public record Oel(String hazardCode, BigDecimal mac, BigDecimal pcTwa, BigDecimal pcStel, String unit,
		String dustFraction, String notes, boolean verified) {
}
