package org.ohsonline.monitoring.internal;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CandidatesTests {

	@Test
	void aSecondReadingOfAnInstantIsDroppedAndTheFirstKept() {
		Candidates candidates = new Candidates(5);
		candidates.add(0, 300, 1.0);
		candidates.add(2, 100, 2.0);
		candidates.add(3, 300, 3.0);
		candidates.add(4, 200, 4.0);
		assertThat(candidates.dropRepeats()).containsExactly(3);
		assertThat(candidates.micros()).containsExactly(300, 100, 200);
		assertThat(candidates.values()).containsExactly(1.0, 2.0, 4.0);
	}

	@Test
	void readingsAlreadyStoredAreDroppedByTheirIndex() {
		Candidates candidates = new Candidates(3);
		candidates.add(1, 100, 1.0);
		candidates.add(2, 200, 2.0);
		candidates.add(5, 300, 3.0);
		assertThat(candidates.dropRepeats()).isEmpty();
		assertThat(candidates.dropStored(Set.of(100L, 300L))).containsExactly(1, 5);
		assertThat(candidates.size()).isEqualTo(1);
		assertThat(candidates.micros()).containsExactly(200);
		assertThat(candidates.dropStored(Set.of())).isEmpty();
		assertThat(candidates.size()).isEqualTo(1);
	}

}
