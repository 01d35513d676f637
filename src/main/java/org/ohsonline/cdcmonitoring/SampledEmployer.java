package org.ohsonline.cdcmonitoring;

/** An employer of a project's sample, with whether its survey is in and whether quality control picked it. */
public record SampledEmployer(long id, long projectId, String countyCode, int seq, long employerId, String creditCode,
		String employerName, String regionCode, Long surveyId, boolean qcPicked) {
}
