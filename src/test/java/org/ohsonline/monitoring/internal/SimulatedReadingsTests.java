package org.ohsonline.monitoring.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator's values: the same for a device and an instant however they are asked for, shaped
 * like a working week, exceeding only in episodes at a low rate, and cut into batches that end where
 * an episode ends.
 */
class SimulatedReadingsTests {

	/** Electric welding fume: PC-TWA 4 mg/m³, neither MAC nor PC-STEL, so 5 × PC-TWA = 20 caps one reading. */
	private static final SimulatedReadings.Device FUME = new SimulatedReadings.Device("SIM-330105-001", false, 60, 0, 80,
			new Limits.Resolved(null, 4.0, null, false));

	private static final SimulatedReadings.Device NOISE = new SimulatedReadings.Device("SIM-330105-002", true, 60, 30,
			140, new Limits.Resolved(null, 85.0, null, false));

	private final SimulatedReadings model = new SimulatedReadings(7, 0.4);

	/** Monday 2026-11-30 00:00 China time. */
	private final Instant monday = ZonedDateTime.of(2026, 11, 30, 0, 0, 0, 0, SimulatedReadings.CHINA).toInstant();

	@Test
	void theSameDeviceAndInstantGiveTheSameValueHoweverTheBatchesFall() {
		List<SimulatedReadings.Reading> whole = flat(this.model.batches(FUME, this.monday, this.monday.plus(Duration.ofDays(1))));
		List<SimulatedReadings.Reading> parts = new java.util.ArrayList<>();
		for (int h = 0; h < 24; h++) {
			parts.addAll(flat(this.model.batches(FUME, this.monday.plus(Duration.ofHours(h)),
					this.monday.plus(Duration.ofHours(h + 1)))));
		}
		assertThat(whole).hasSize(24 * 60).isEqualTo(parts);
		assertThat(flat(new SimulatedReadings(7, 0.4).batches(FUME, this.monday, this.monday.plusSeconds(3600))))
			.isEqualTo(whole.subList(0, 60));
	}

	@Test
	void aWorkingDayIsHigherThanTheNightAndStaysBelowTheSingleReadingCapOutsideEpisodes() {
		Instant from = this.monday.plus(Duration.ofHours(8));
		List<SimulatedReadings.Reading> day = flat(this.model.batches(FUME, from.minusSeconds(60), from.plus(Duration.ofHours(10)).minusSeconds(60)));
		List<SimulatedReadings.Reading> night = flat(this.model.batches(FUME, this.monday.minusSeconds(60),
				this.monday.plus(Duration.ofHours(6))));
		List<SimulatedReadings.Episode> episodes = this.model.episodes(FUME, from, from.plus(Duration.ofHours(10)));
		double dayMean = day.stream().mapToDouble(SimulatedReadings.Reading::value).average().orElseThrow();
		double nightMax = night.stream().mapToDouble(SimulatedReadings.Reading::value).max().orElseThrow();
		assertThat(dayMean).isGreaterThan(4 * 0.1);
		assertThat(nightMax).isLessThan(4 * 0.1);
		assertThat(day).filteredOn(r -> episodes.stream().noneMatch(e -> e.covers(r.at())))
			.allSatisfy(r -> assertThat(r.value()).isLessThanOrEqualTo(0.9 * 20));
		assertThat(day).filteredOn(r -> episodes.stream().anyMatch(e -> e.covers(r.at())))
			.allSatisfy(r -> assertThat(r.value()).isGreaterThan(20));
	}

	@Test
	void episodesComeAtALowRateInWorkingHoursAndEndABatch() {
		Instant from = this.monday;
		Instant to = from.plus(Duration.ofDays(70));
		List<SimulatedReadings.Episode> episodes = this.model.episodes(NOISE, from, to);
		// 60 working days × 0.4 = 24 expected; a wide band, since it is one draw.
		assertThat(episodes).hasSizeBetween(10, 45);
		assertThat(episodes).allSatisfy(e -> {
			assertThat(SimulatedReadings.working(e.from())).isTrue();
			assertThat(Duration.between(e.from(), e.to()).toMinutes()).isBetween(30L, 45L);
		});
		SimulatedReadings.Episode first = episodes.get(0);
		List<List<SimulatedReadings.Reading>> batches = this.model.batches(NOISE, first.from().minus(Duration.ofHours(2)),
				first.to().plus(Duration.ofHours(2)));
		assertThat(batches).anySatisfy(batch -> assertThat(batch.get(batch.size() - 1).at())
			.isEqualTo(first.to().minusSeconds(60)));
		assertThat(flat(batches)).filteredOn(r -> first.covers(r.at()))
			.allSatisfy(r -> assertThat(r.value()).isBetween(100.0, 103.0));
	}

	private static List<SimulatedReadings.Reading> flat(List<List<SimulatedReadings.Reading>> batches) {
		return batches.stream().flatMap(List::stream).toList();
	}

}
