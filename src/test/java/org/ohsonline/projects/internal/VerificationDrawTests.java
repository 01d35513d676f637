package org.ohsonline.projects.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ohsonline.shared.Hashes;
import org.ohsonline.shared.SeededOrder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The verification draw OHS-VERIFY-1: every 严重 project and every unlisted one, of the 一般 ones ⌈ratio × n⌉; the same
 * inputs give the same lines, the seed is SHA-256 of the algorithm, region, period and the inputs' digest, and the
 * order is the platform's shared seeded ordering — redone here by hand from the published text.
 */
class VerificationDrawTests {

	static final Map<String, BigDecimal> RATIOS = Map.of("SERIOUS", BigDecimal.ONE, "GENERAL", new BigDecimal("0.30"), "NONE",
			BigDecimal.ONE);

	static List<VerificationDraw.Candidate> frame(int serious, int general, int none) {
		List<VerificationDraw.Candidate> candidates = new ArrayList<>();
		long id = 1000;
		for (int i = 0; i < serious; i++) {
			candidates.add(new VerificationDraw.Candidate(id++, "SERIOUS", "91330105MA" + id));
		}
		for (int i = 0; i < general; i++) {
			candidates.add(new VerificationDraw.Candidate(id++, "GENERAL", "91330105MA" + id));
		}
		for (int i = 0; i < none; i++) {
			candidates.add(new VerificationDraw.Candidate(id++, "NONE", "91330105MA" + id));
		}
		return candidates;
	}

	@Test
	void everySevereProjectAndAtLeastThirtyPercentOfTheGeneralOnesAreDrawn() {
		VerificationDraw.Inputs inputs = new VerificationDraw.Inputs("330105", "2026Q2", "platform 2021", RATIOS, frame(4, 17, 2));
		List<VerificationDraw.Line> lines = VerificationDraw.draw(inputs);
		// 严重 4 of 4; unlisted 2 of 2; 一般 ⌈0.30 × 17⌉ = ⌈5.1⌉ = 6 of 17 (35 % ≥ 30 %).
		assertThat(lines.stream().filter(l -> l.hazardClass().equals("SERIOUS"))).hasSize(4);
		assertThat(lines.stream().filter(l -> l.hazardClass().equals("NONE"))).hasSize(2);
		assertThat(lines.stream().filter(l -> l.hazardClass().equals("GENERAL"))).hasSize(6);
		assertThat(lines).extracting(VerificationDraw.Line::seq).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
		// Exactly 30 % where it divides: 10 → 3.
		assertThat(VerificationDraw.draw(new VerificationDraw.Inputs("330105", "2026Q2", "e", RATIOS, frame(0, 10, 0)))).hasSize(3);
		// One general project is drawn (⌈0.3⌉ = 1): no class escapes verification by being small.
		assertThat(VerificationDraw.draw(new VerificationDraw.Inputs("330105", "2026Q2", "e", RATIOS, frame(0, 1, 0)))).hasSize(1);
	}

	@Test
	void theSameInputsGiveTheSameLinesWhateverTheirOrder() {
		List<VerificationDraw.Candidate> frame = frame(2, 20, 0);
		List<VerificationDraw.Candidate> shuffled = new ArrayList<>(frame);
		java.util.Collections.reverse(shuffled);
		VerificationDraw.Inputs a = new VerificationDraw.Inputs("3301", "2026Q1", "e", RATIOS, frame);
		VerificationDraw.Inputs b = new VerificationDraw.Inputs("3301", "2026Q1", "e", RATIOS, shuffled);
		assertThat(VerificationDraw.inputsText(a)).isEqualTo(VerificationDraw.inputsText(b));
		assertThat(VerificationDraw.draw(a)).isEqualTo(VerificationDraw.draw(b));
		// Another period is another seed: another draw of the general projects.
		VerificationDraw.Inputs c = new VerificationDraw.Inputs("3301", "2026Q2", "e", RATIOS, frame);
		assertThat(VerificationDraw.seed(c)).isNotEqualTo(VerificationDraw.seed(a));
	}

	@Test
	void anyoneCanRedoTheDrawFromThePublishedInputs() {
		VerificationDraw.Inputs inputs = new VerificationDraw.Inputs("330105", "2026Q2", "e", RATIOS, frame(1, 7, 0));
		String text = VerificationDraw.inputsText(inputs);
		assertThat(text).startsWith("OHS-VERIFY-1\nregion 330105\nperiod 2026Q2\nedition e\nratio SERIOUS 1\nratio NONE 1\nratio GENERAL 0.30\n");
		String seed = Hashes.sha256Hex("OHS-VERIFY-1|330105|2026Q2|" + Hashes.sha256Hex(text));
		assertThat(VerificationDraw.seed(inputs)).isEqualTo(seed);
		// 一般: the 7 project ids ordered by SHA-256(seed|GENERAL|id), the first ⌈0.30 × 7⌉ = 3.
		List<Long> general = inputs.candidates().stream().filter(c -> c.hazardClass().equals("GENERAL")).map(VerificationDraw.Candidate::projectId).toList();
		List<Long> byKey = new ArrayList<>(general);
		byKey.sort(java.util.Comparator.comparing((Long id) -> Hashes.sha256Hex(seed + "|GENERAL|" + id)));
		assertThat(VerificationDraw.draw(inputs).stream().filter(l -> l.hazardClass().equals("GENERAL")).map(VerificationDraw.Line::projectId))
			.containsExactlyElementsOf(byKey.subList(0, 3));
		assertThat(new SeededOrder(seed).key("GENERAL", "1001")).isEqualTo(Hashes.sha256Hex(seed + "|GENERAL|1001"));
	}

}
