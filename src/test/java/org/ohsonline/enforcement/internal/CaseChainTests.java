package org.ohsonline.enforcement.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ohsonline.enforcement.CaseStep;
import org.ohsonline.enforcement.CaseView.StepView;

import static org.assertj.core.api.Assertions.assertThat;

class CaseChainTests {

	static final String CODE = "330105-2026-02-000017-9";

	static List<StepView> chain() {
		List<StepView> steps = new ArrayList<>();
		String prev = CaseChain.GENESIS;
		CaseStep[] kinds = { CaseStep.FILED, CaseStep.INVESTIGATION, CaseStep.PRIOR_NOTICE, CaseStep.DECISION };
		for (int i = 0; i < kinds.length; i++) {
			LocalDate on = LocalDate.of(2026, 12, 1).plusDays(i * 7L);
			String hash = CaseChain.hash(prev, CODE, i + 1, kinds[i].name(), on.toString(), "执法员甲", "note " + i, "{}");
			steps.add(new StepView(i + 1, kinds[i], on, "执法员甲", "note " + i, "{}", prev, hash));
			prev = hash;
		}
		return steps;
	}

	@Test
	void anUntouchedChainIsIntact() {
		assertThat(CaseChain.firstBroken(CODE, chain())).isEmpty();
		assertThat(chain().get(0).prevHash()).isEqualTo("0".repeat(64));
	}

	@Test
	void detectsAnEditedStepARemovedStepAndAnotherCasesChain() {
		List<StepView> edited = chain();
		StepView s = edited.get(1);
		edited.set(1, new StepView(s.seq(), s.step(), s.happenedOn().minusDays(3), s.actor(), s.note(), s.data(), s.prevHash(),
				s.hash()));
		assertThat(CaseChain.firstBroken(CODE, edited)).contains(2);

		List<StepView> removed = chain();
		removed.remove(2);
		assertThat(CaseChain.firstBroken(CODE, removed)).contains(4);

		assertThat(CaseChain.firstBroken("330105-2026-02-000018-7", chain())).contains(1);
	}

}
