package org.ohsonline.monitoring.internal;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AggregatesTests {

	static final long MINUTE = 60_000_000L;

	static long micros(String at) {
		return Ingestion.micros(Instant.parse(at));
	}

	@Test
	void hoursAreTheSumsOfTheirMinutes() {
		// Readings every 20 s from 08:58:00 to 09:01:40, values 1 … 12, 20 s of dose each.
		Aggregates aggregates = new Aggregates(20, false);
		for (int k = 0; k < 12; k++) {
			aggregates.add(micros("2026-11-23T08:58:00Z") + k * 20_000_000L, k + 1);
		}
		ReadingStore.Buckets minutes = aggregates.minutes();
		assertThat(minutes.starts()).containsExactly(micros("2026-11-23T08:58:00Z"), micros("2026-11-23T08:59:00Z"),
				micros("2026-11-23T09:00:00Z"), micros("2026-11-23T09:01:00Z"));
		assertThat(minutes.n()).containsExactly(3, 3, 3, 3);
		// 1 + 2 + 3 = 6, 4 + 5 + 6 = 15, 7 + 8 + 9 = 24, 10 + 11 + 12 = 33
		assertThat(minutes.total()).containsExactly(6, 15, 24, 33);
		assertThat(minutes.dose()).containsExactly(120, 300, 480, 660);
		ReadingStore.Buckets hours = aggregates.hours();
		assertThat(hours.starts()).containsExactly(micros("2026-11-23T08:00:00Z"), micros("2026-11-23T09:00:00Z"));
		// 08:00 holds the minutes 08:58 and 08:59: n 3 + 3, total 6 + 15, minimum 1, maximum 6, dose 120 + 300
		assertThat(hours.n()).containsExactly(6, 6);
		assertThat(hours.total()).containsExactly(21, 57);
		assertThat(hours.minimum()).containsExactly(1, 7);
		assertThat(hours.maximum()).containsExactly(6, 12);
		assertThat(hours.dose()).containsExactly(420, 1140);
		assertThat(hours.energy()).containsExactly(0, 0);
	}

	@Test
	void readingsOutOfOrderLandInTheirOwnMinutes() {
		Aggregates aggregates = new Aggregates(60, false);
		aggregates.add(micros("2026-11-23T09:01:00Z"), 2);
		aggregates.add(micros("2026-11-23T09:00:00Z"), 1);
		aggregates.add(micros("2026-11-23T09:01:30Z"), 4);
		assertThat(aggregates.minutes().starts()).containsExactly(micros("2026-11-23T09:00:00Z"),
				micros("2026-11-23T09:01:00Z"));
		assertThat(aggregates.minutes().total()).containsExactly(1, 6);
		assertThat(aggregates.hours().n()).containsExactly(3);
	}

	@Test
	void noiseAddsSoundEnergy() {
		// 90 dB(A) for 60 s: 10^9 × 60 = 6 × 10^10
		Aggregates aggregates = new Aggregates(60, true);
		aggregates.add(micros("2026-11-23T09:00:00Z"), 90);
		assertThat(aggregates.minutes().energy()[0]).isCloseTo(6e10, within(1.0));
		assertThat(aggregates.hours().energy()[0]).isCloseTo(6e10, within(1.0));
	}

	@Test
	void minutesBeforeTheEpochStartOnTheMinute() {
		Aggregates aggregates = new Aggregates(1, false);
		aggregates.add(-1, 1);
		assertThat(aggregates.minutes().starts()).containsExactly(-MINUTE);
		assertThat(aggregates.hours().starts()).containsExactly(-60 * MINUTE);
	}

}
