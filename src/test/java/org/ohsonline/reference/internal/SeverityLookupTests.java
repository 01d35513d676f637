package org.ohsonline.reference.internal;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SeverityLookupTests {

	@Test
	void triesTheClassThenItsGroupDivisionAndSection() {
		assertThat(SeverityLookup.candidates("0810", Optional.of("B"))).containsExactly("0810", "081", "08", "B");
		assertThat(SeverityLookup.candidates("081", Optional.of("B"))).containsExactly("081", "08", "B");
		assertThat(SeverityLookup.candidates(" 08 ", Optional.empty())).containsExactly("08");
	}

	@Test
	void takesASectionCodeAsItIs() {
		assertThat(SeverityLookup.candidates("b", Optional.of("ignored"))).containsExactly("B");
		assertThat(SeverityLookup.candidates(" ", Optional.empty())).isEmpty();
		assertThat(SeverityLookup.candidates(null, Optional.empty())).isEmpty();
	}

}
