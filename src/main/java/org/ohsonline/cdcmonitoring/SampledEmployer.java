package org.ohsonline.cdcmonitoring;

/** An employer of a project's sample, with whether its survey is in and whether quality control picked it. */
@io.swagger.v3.oas.annotations.media.Schema(name = "MonitoringSampledEmployer")
public record SampledEmployer(long id, long projectId, String countyCode, int seq, long employerId, String creditCode,
		String employerName, String regionCode, Long surveyId, boolean qcPicked) {
}
