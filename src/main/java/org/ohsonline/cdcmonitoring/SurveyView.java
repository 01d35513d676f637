package org.ohsonline.cdcmonitoring;

import java.time.Instant;
import java.util.Map;

/** A survey entered for a sampled employer, with the form version it was checked against. */
@io.swagger.v3.oas.annotations.media.Schema(name = "MonitoringSurvey")
public record SurveyView(long id, long projectId, long sampledId, String countyCode, String employerName,
		long formVersionId, Map<String, String> answers, int workers, int hazards, boolean qcPicked, String submittedBy,
		Instant submittedAt) {
}
