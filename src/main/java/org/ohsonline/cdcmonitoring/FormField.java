package org.ohsonline.cdcmonitoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * A field of a survey form, from the {@code survey-forms} catalog version the project uses.
 *
 * @param type INTEGER, DECIMAL, TEXT, DATE or CHOICE
 * @param counts {@code workers} or {@code hazards} when progress counts this field, else {@code null}
 */
@io.swagger.v3.oas.annotations.media.Schema(name = "MonitoringFormField")
public record FormField(String code, String name, String type, String unit, BigDecimal min, BigDecimal max,
		boolean required, List<String> choices, String counts) {

	public FormField {
		choices = choices == null ? List.of() : List.copyOf(choices);
	}

}
