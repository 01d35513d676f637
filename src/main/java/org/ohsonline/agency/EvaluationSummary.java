package org.ohsonline.agency;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The employers' evaluations of an organisation: the means are shown only from {@code minimum} evaluations
 * on ({@code shown}); below it they are {@code null}, so a single employer's marks are never exposed.
 */
@Schema(name = "AgencyEvaluationSummary")
public record EvaluationSummary(long agencyId, long count, int minimum, boolean shown, BigDecimal timeliness,
		BigDecimal professionalism, BigDecimal priceTransparency) {
}
