package org.ohsonline.projects;

import org.junit.jupiter.api.Test;
import org.ohsonline.agency.JobType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 三同时 stages in their statutory order (Law Arts. 17–18): 预评价 → 防护设施设计专篇 → 施工 → 控制效果评价 → 竣工验收;
 * only the current stage can be completed; the two evaluations are agency reports.
 */
class StageTests {

	@Test
	void stagesFollowTheStatutoryOrder() {
		assertThat(Stage.first()).isEqualTo(Stage.PRE_EVALUATION);
		assertThat(Stage.PRE_EVALUATION.next()).contains(Stage.DESIGN);
		assertThat(Stage.DESIGN.next()).contains(Stage.CONSTRUCTION);
		assertThat(Stage.CONSTRUCTION.next()).contains(Stage.CONTROL_EFFECT);
		assertThat(Stage.CONTROL_EFFECT.next()).contains(Stage.COMPLETION);
		assertThat(Stage.COMPLETION.next()).isEmpty();
	}

	@Test
	void onlyTheCurrentStageCanBeCompleted() {
		assertThat(Stage.DESIGN.completableWhen(Stage.DESIGN)).isTrue();
		// Neither ahead (skipping the design) nor again (the pre-evaluation once more), nor after acceptance.
		assertThat(Stage.CONSTRUCTION.completableWhen(Stage.DESIGN)).isFalse();
		assertThat(Stage.PRE_EVALUATION.completableWhen(Stage.DESIGN)).isFalse();
		assertThat(Stage.COMPLETION.completableWhen(null)).isFalse();
	}

	@Test
	void theEvaluationsAreReportsOfAQualifiedAgency() {
		assertThat(Stage.PRE_EVALUATION.agencyJob()).contains(JobType.PRE_EVALUATION);
		assertThat(Stage.CONTROL_EFFECT.agencyJob()).contains(JobType.CONTROL_EFFECT_EVALUATION);
		assertThat(Stage.DESIGN.needsAgencyReport()).isFalse();
		assertThat(Stage.CONSTRUCTION.needsAgencyReport()).isFalse();
		assertThat(Stage.COMPLETION.needsAgencyReport()).isFalse();
	}

}
