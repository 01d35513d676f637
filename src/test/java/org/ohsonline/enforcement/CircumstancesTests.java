package org.ohsonline.enforcement;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CircumstancesTests {

	@Test
	void theHighestBandAnyCircumstanceCallsForWins() {
		assertThat(new Circumstances(true, true, false, false, false).band()).isEqualTo(Band.MINOR);
		assertThat(new Circumstances(true, false, false, false, false).band()).isEqualTo(Band.GENERAL);
		assertThat(new Circumstances(false, true, false, false, false).band()).isEqualTo(Band.GENERAL);
		assertThat(new Circumstances(true, true, false, false, true).band()).as("obstruction").isEqualTo(Band.SERIOUS);
		assertThat(new Circumstances(false, false, false, true, false).band()).as("repeat").isEqualTo(Band.SERIOUS);
		assertThat(new Circumstances(true, true, true, false, false).band()).as("harm beats minor").isEqualTo(Band.GRAVE);
		assertThat(new Circumstances(false, false, true, true, true).band()).isEqualTo(Band.GRAVE);
	}

	@Test
	void onlyAFirstOffenceCorrectedWithoutHarmMayGoUnpunished() {
		assertThat(new Circumstances(true, true, false, false, false).mayGoUnpunished()).isTrue();
		assertThat(new Circumstances(true, false, false, false, false).mayGoUnpunished()).isFalse();
		assertThat(new Circumstances(true, true, true, false, false).mayGoUnpunished()).isFalse();
		assertThat(new Circumstances(true, true, false, true, false).mayGoUnpunished()).isFalse();
	}

}
