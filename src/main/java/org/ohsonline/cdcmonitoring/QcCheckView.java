package org.ohsonline.cdcmonitoring;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The quality-control re-check of a survey: the values found again, the fields that disagree with the survey, and the
 * resolution when they did.
 *
 * @param status AGREED, DISAGREED (open) or RESOLVED
 * @param decision ORIGINAL (the survey stands) or RECHECK (the re-checked values replace it)
 */
@io.swagger.v3.oas.annotations.media.Schema(name = "MonitoringQcCheck")
public record QcCheckView(long id, long surveyId, long projectId, String countyCode, String employerName,
		Map<String, String> answers, List<Difference> differences, String status, String checkedBy, Instant checkedAt,
		String decision, String resolution, String resolvedBy, Instant resolvedAt) {

	/** A field whose re-checked value differs from the survey's. */
	@io.swagger.v3.oas.annotations.media.Schema(name = "MonitoringQcDifference")
	public record Difference(String field, String name, String surveyed, String rechecked) {
	}

}
