package org.ohsonline.enforcement;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActionCodeTests {

	@Test
	void writesCountyYearKindSequenceAndTheIso7064CheckCharacter() {
		ActionCode code = new ActionCode("330105", 2026, ActionCode.Kind.PENALTY, 17);
		// digits 3 3 0 1 0 5 2 0 2 6 0 2 0 0 0 0 1 7, weights 2^(18−i) mod 11 from the left:
		// 3 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2 (the identity number's 7 9 10 5 … after one more place)
		// Σ = 9 + 21 + 0 + 10 + 0 + 40 + 8 + 0 + 2 + 36 + 0 + 14 + 0 + 0 + 0 + 0 + 4 + 14 = 158; 158 mod 11 = 4;
		// check = (12 − 4) mod 11 = 8
		assertThat(code.digits()).isEqualTo("330105202602000017");
		assertThat(code.check()).isEqualTo('8');
		assertThat(code).hasToString("330105-2026-02-000017-8");
		assertThat(ActionCode.parse("330105202602000017 8".replace(" ", ""))).contains(code);
		assertThat(ActionCode.parse("330105-2026-02-000017-8")).contains(code);
	}

	@Test
	void theCheckCharacterIsTheIdNumbersOnItsOwnDigits() {
		// GB 11643 uses the same ISO 7064 MOD 11-2 over 17 digits: 11010519491231002 → X (the standard's example)
		assertThat(ActionCode.check("11010519491231002")).isEqualTo('X');
	}

	@Test
	void refusesAMistypedDigitSwappedNeighboursAndMalformedCodes() {
		assertThat(ActionCode.parse("330105-2026-02-000018-8")).isEmpty();
		assertThat(ActionCode.parse("330105-2026-02-000071-8")).isEmpty();
		assertThat(ActionCode.parse("330105-2026-09-000017-8")).isEmpty();
		assertThat(ActionCode.parse("330105-2026-02-000000-0")).isEmpty();
		assertThat(ActionCode.parse("abc")).isEmpty();
		assertThat(ActionCode.parse(null)).isEmpty();
		assertThatThrownBy(() -> new ActionCode("3301", 2026, ActionCode.Kind.PENALTY, 1))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
