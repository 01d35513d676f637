package org.ohsonline.cdcmonitoring.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ohsonline.shared.Hashes;
import org.ohsonline.shared.SeededOrder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample of a monitoring project ({@code OHS-CDC-SAMPLE-1}) redone by hand: the seed from the inputs file, each
 * county's candidates ordered by SHA-256 of {@code seed|county|id}, the first target of them taken; the same inputs
 * in any order give the same sample; and the quality-control pick is a fixed property of the employer under the
 * seed.
 */
class SampleDrawTests {

	static SampleDraw.Inputs inputs(int targetA, int targetB) {
		List<SampleDraw.Candidate> candidates = new ArrayList<>();
		for (long id = 1; id <= 12; id++) {
			candidates.add(new SampleDraw.Candidate("330105", id, "CODE" + id));
		}
		for (long id = 101; id <= 103; id++) {
			candidates.add(new SampleDraw.Candidate("330106", id, "CODE" + id));
		}
		Map<String, Integer> targets = new LinkedHashMap<>();
		targets.put("330106", targetB);
		targets.put("330105", targetA);
		return new SampleDraw.Inputs(7, 2026, "WORKPLACE_HAZARD", List.of("C", "B"), List.of("3008", "1038"), targets,
				candidates);
	}

	@Test
	void takesEachCountysTargetInTheSeededOrderAndNoMoreThanItHas() {
		SampleDraw.Inputs inputs = inputs(5, 10);
		String text = SampleDraw.inputsText(inputs);
		assertThat(text).startsWith("OHS-CDC-SAMPLE-1\nproject 7\nyear 2026\nkind WORKPLACE_HAZARD\nindustries B,C\nhazards 1038,3008\n"
				+ "target 330105 5\ntarget 330106 10\ncandidate 330105 1 CODE1\n");
		String seed = Hashes.sha256Hex("OHS-CDC-SAMPLE-1|7|2026|" + Hashes.sha256Hex(text));
		assertThat(SampleDraw.seed(inputs)).isEqualTo(seed);

		List<SampleDraw.Line> lines = SampleDraw.draw(inputs);
		// 330105: 5 of its 12, the five smallest keys SHA-256(seed|330105|id); 330106: all 3 (target 10 > 3).
		SeededOrder order = new SeededOrder(seed);
		List<Long> expectedA = inputs.candidates().stream().filter(c -> c.county().equals("330105"))
			.map(SampleDraw.Candidate::employerId)
			.sorted((x, y) -> order.key("330105", x.toString()).compareTo(order.key("330105", y.toString())))
			.limit(5)
			.toList();
		assertThat(lines).hasSize(8);
		assertThat(lines.subList(0, 5)).extracting(SampleDraw.Line::employerId).containsExactlyElementsOf(expectedA);
		assertThat(lines.subList(5, 8)).extracting(SampleDraw.Line::county).containsOnly("330106");
		assertThat(lines).extracting(SampleDraw.Line::seq).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
	}

	@Test
	void theSameInputsGiveTheSameSampleAndTheFileRedoesIt() {
		SampleDraw.Inputs inputs = inputs(4, 2);
		List<SampleDraw.Candidate> shuffled = new ArrayList<>(inputs.candidates());
		java.util.Collections.reverse(shuffled);
		SampleDraw.Inputs again = new SampleDraw.Inputs(7, 2026, "WORKPLACE_HAZARD", List.of("B", "C"), List.of("3008", "1038"),
				Map.of("330105", 4, "330106", 2), shuffled);
		assertThat(SampleDraw.draw(again)).isEqualTo(SampleDraw.draw(inputs));
		SampleDraw.Inputs parsed = SampleDraw.parse(SampleDraw.inputsText(inputs));
		assertThat(SampleDraw.inputsText(parsed)).isEqualTo(SampleDraw.inputsText(inputs));
		assertThat(SampleDraw.draw(parsed)).isEqualTo(SampleDraw.draw(inputs));
		// Another project number is another seed: another order.
		SampleDraw.Inputs other = new SampleDraw.Inputs(8, 2026, "WORKPLACE_HAZARD", List.of("B", "C"), List.of("3008", "1038"),
				Map.of("330105", 4, "330106", 2), shuffled);
		assertThat(SampleDraw.seed(other)).isNotEqualTo(SampleDraw.seed(inputs));
	}

	@Test
	void theQualityControlPickIsTheSeededKeyBelowTheShare() {
		String seed = SampleDraw.seed(inputs(5, 5));
		String key = new SeededOrder(seed).key("qc", "3");
		double fraction = Long.parseLong(key.substring(0, 8), 16) / 4294967296.0;
		assertThat(SampleDraw.qcPicked(seed, 3, new BigDecimal("1"))).isTrue();
		assertThat(SampleDraw.qcPicked(seed, 3, BigDecimal.valueOf(fraction + 0.0001))).isTrue();
		assertThat(SampleDraw.qcPicked(seed, 3, BigDecimal.valueOf(Math.max(0.0, fraction - 0.0001)))).isFalse();
		long picked = java.util.stream.LongStream.rangeClosed(1, 2000)
			.filter(id -> SampleDraw.qcPicked(seed, id, new BigDecimal("0.1")))
			.count();
		// About a tenth of 2,000: the keys are uniform.
		assertThat(picked).isBetween(150L, 250L);
	}

}
