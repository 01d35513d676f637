package org.ohsonline.testing;

import org.ohsonline.testing.statistics.DecisionExplanation;
import org.ohsonline.testing.statistics.ExposureAssessment;

/**
 * EN 689:2018 for one similar exposure group of a job: the results of one factor (one limit row)
 * at one post, each shift exposure (C_TWA of a subject's day) one measurement. A measurement whose
 * every segment is a non-detect is a non-detect at the C_TWA of the limits of detection; one with
 * some detected segments is detected at its C_TWA (non-detects at LOD/2). Method:
 * docs/decisions/0006-exposure-statistics.md.
 *
 * @param postId the post
 * @param postName its name
 * @param factorCode the factor
 * @param limitCode the OEL row, when the factor has several
 * @param assessment the decision and its numbers ({@code null} when {@code problemCode} is set)
 * @param problemCode why no assessment was made (no PC-TWA), else {@code null}
 */
public record GroupStatistics(long postId, String postName, String factorCode, String limitCode,
		ExposureAssessment assessment, String problemCode) {

	/**
	 * In words, why the statistical decision may differ from the single-day verdicts of the same
	 * shifts; {@code null} without an assessment.
	 */
	public DecisionExplanation explanation() {
		return this.assessment == null ? null : DecisionExplanation.of(this.assessment);
	}

}
