package org.ohsonline.agency;

import io.swagger.v3.oas.annotations.media.Schema;

/** An employer's marks of a delivery, each 1-5, and an optional comment. */
@Schema(name = "AgencyEvaluationCommand")
public record EvaluationCommand(Integer timeliness, Integer professionalism, Integer priceTransparency,
		String comment) {
}
