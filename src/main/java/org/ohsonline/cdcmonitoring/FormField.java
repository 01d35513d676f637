package org.ohsonline.cdcmonitoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * A field of a survey form, from the {@code survey-forms} catalog version the project uses.
 *
 * @param type INTEGER, DECIMAL, TEXT, DATE or CHOICE
 * @param counts {@code workers}, {@code hazards} or {@code exceeding} when progress counts this field, else {@code null}
 * @param notAbove codes of fields this number may not exceed (checks across fields, e.g. points exceeding ≤ points
 *        sampled), from the catalog's {@code notAbove} column
 * @param tolerance how far a re-check may differ and still agree: {@code 2} (absolute, in the field's unit) or
 *        {@code 10%} (of the surveyed value); {@code null}: exactly
 */
@io.swagger.v3.oas.annotations.media.Schema(name = "MonitoringFormField")
public record FormField(String code, String name, String type, String unit, BigDecimal min, BigDecimal max,
		boolean required, List<String> choices, String counts, List<String> notAbove, String tolerance) {

	public FormField {
		choices = choices == null ? List.of() : List.copyOf(choices);
		notAbove = notAbove == null ? List.of() : List.copyOf(notAbove);
	}

	public FormField(String code, String name, String type, String unit, BigDecimal min, BigDecimal max, boolean required,
			List<String> choices, String counts) {
		this(code, name, type, unit, min, max, required, choices, counts, List.of(), null);
	}

}
