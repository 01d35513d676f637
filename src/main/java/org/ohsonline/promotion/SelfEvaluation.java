package org.ohsonline.promotion;

import java.math.BigDecimal;
import java.util.Map;

/** The employer's self-evaluation: per item code, the points it claims and a note of where the evidence is. */
@io.swagger.v3.oas.annotations.media.Schema(name = "HealthySelfEvaluation")
public record SelfEvaluation(Map<String, Entry> items) {

	public SelfEvaluation {
		items = items == null ? Map.of() : Map.copyOf(items);
	}

	@io.swagger.v3.oas.annotations.media.Schema(name = "HealthySelfEvaluationEntry")
	public record Entry(BigDecimal points, String note) {
	}

}
