package org.ohsonline.risk;

import java.util.List;

/**
 * What a class is computed from, as the portrait holds it.
 *
 * @param seriousFactors the present factors the rules list as serious (codes)
 * @param industrySerious whether the industry directory classes the employer 严重
 * @param exposed the distinct workers exposed to any factor
 * @param exceedances posts × factors whose latest verdict is non-compliant and not released by a rectification
 * @param overdueTests testing or status evaluations past their due date
 * @param score the self-inspection score in force (0–100), {@code null} when none was submitted in time
 * @param selfInspectionComplete the self-inspection in force answered every item with the evidence asked for
 * @param healthyEnterprise the employer is listed as a healthy enterprise (健康企业)
 */
public record ClassificationInputs(List<String> seriousFactors, boolean industrySerious, int exposed,
		int exceedances, int overdueTests, Double score, boolean selfInspectionComplete, boolean healthyEnterprise) {

	public ClassificationInputs {
		seriousFactors = List.copyOf(seriousFactors);
	}

	public ClassificationInputs withExceedances(int count) {
		return new ClassificationInputs(this.seriousFactors, this.industrySerious, this.exposed, count,
				this.overdueTests, this.score, this.selfInspectionComplete, this.healthyEnterprise);
	}

	public ClassificationInputs withOverdueTests(int count) {
		return new ClassificationInputs(this.seriousFactors, this.industrySerious, this.exposed, this.exceedances,
				count, this.score, this.selfInspectionComplete, this.healthyEnterprise);
	}

	public ClassificationInputs withScore(Double value, boolean complete) {
		return new ClassificationInputs(this.seriousFactors, this.industrySerious, this.exposed, this.exceedances,
				this.overdueTests, value, complete, this.healthyEnterprise);
	}

	public ClassificationInputs withHealthyEnterprise(boolean listed) {
		return new ClassificationInputs(this.seriousFactors, this.industrySerious, this.exposed, this.exceedances,
				this.overdueTests, this.score, this.selfInspectionComplete, listed);
	}

}
