package org.ohsonline.cdcmonitoring;

import java.util.Map;

/**
 * One survey of a batch for a task (the batch API, an Excel upload): the sampled employer named by its id or by its
 * credit code, and the answers by field code of the project's form.
 *
 * @param row where the entry stands in what was sent (the sheet's row, or the batch's 1-based position), so each
 *        refusal names it
 */
@io.swagger.v3.oas.annotations.media.Schema(name = "MonitoringSurveyEntry")
public record SurveyEntry(int row, Long sampledId, String creditCode, Map<String, String> answers) {

	public SurveyEntry {
		answers = answers == null ? Map.of() : answers;
	}

}
