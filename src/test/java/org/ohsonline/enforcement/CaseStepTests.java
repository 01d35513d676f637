package org.ohsonline.enforcement;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CaseStepTests {

	@Test
	void followsTheChainFromFilingToClosing() {
		CaseStep[] path = { CaseStep.FILED, CaseStep.INVESTIGATION, CaseStep.INVESTIGATION, CaseStep.PRIOR_NOTICE,
				CaseStep.HEARING, CaseStep.DECISION, CaseStep.SERVICE, CaseStep.EXECUTION, CaseStep.COERCION,
				CaseStep.CLOSED };
		for (int i = 1; i < path.length; i++) {
			assertThat(path[i - 1].allows(path[i])).as(path[i - 1] + " → " + path[i]).isTrue();
		}
		assertThat(CaseStep.SERVICE.allows(CaseStep.RECONSIDERATION)).isTrue();
		assertThat(CaseStep.RECONSIDERATION.allows(CaseStep.LITIGATION)).isTrue();
	}

	@Test
	void refusesStepsOutOfOrder() {
		assertThat(CaseStep.FILED.allows(CaseStep.DECISION)).isFalse();
		assertThat(CaseStep.INVESTIGATION.allows(CaseStep.DECISION)).as("a decision without prior notice").isFalse();
		assertThat(CaseStep.DECISION.allows(CaseStep.EXECUTION)).as("executed before served").isFalse();
		assertThat(CaseStep.CLOSED.allows(CaseStep.INVESTIGATION)).isFalse();
		assertThat(CaseStep.CLOSED.allows(CaseStep.EXTENSION)).isFalse();
		assertThat(CaseStep.HEARING.allows(CaseStep.EXTENSION)).isTrue();
	}

}
