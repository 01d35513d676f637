package org.ohsonline.monitoring.internal;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.ohsonline.monitoring.AlertKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Exposure arithmetic on hand-worked series (GBZ 2.1-2019 TWA/STEL/MAC, GBZ 2.2-2007 L_EX,8h). */
class ExposureEvaluatorTests {

	static final Instant AT = Instant.parse("2026-11-23T08:00:00Z");

	static DeviceRef device(String hazard, String unit, int seconds) {
		return new DeviceRef(1, "DEV-1", 1, "91330105TEST00001X", "330105001", 1, hazard, unit, null, seconds, 0, 1000,
				null, null, false);
	}

	static final DeviceRef BENZENE = device("2013", "mg/m³", 60);

	/** Benzene as entered in the catalog: PC-TWA 6, PC-STEL 10 mg/m³. */
	static final Limits.Resolved BENZENE_LIMITS = new Limits.Resolved(null, 6.0, 10.0, false);

	@Test
	void formulasOnRoundNumbers() {
		// 8 h at 2 mg/m³: dose 2 × 28,800 s = 57,600 → TWA 57,600 / 28,800 = 2
		assertThat(ExposureMath.twa8h(ExposureMath.dose(2, 28_800))).isEqualTo(2.0);
		// 8 h at 85 dB(A): energy 10^8.5 × 28,800 → L_EX,8h = 10·lg(10^8.5) = 85
		assertThat(ExposureMath.lex8h(ExposureMath.energy(85, 28_800))).isCloseTo(85.0, within(1e-9));
		// 15 min at 12: dose 12 × 900 = 10,800 → 10,800 / 900 = 12
		assertThat(ExposureMath.stel(ExposureMath.dose(12, 900))).isEqualTo(12.0);
		assertThat(ExposureMath.actionLevel(6)).isEqualTo(3.0);
		// half the energy of 85 dB(A): 85 − 10·lg 2 = 85 − 3.0103 = 81.9897
		assertThat(ExposureMath.noiseActionLevel(85)).isCloseTo(81.9897, within(1e-4));
		assertThat(ExposureMath.excursionCeiling(1)).isEqualTo(5.0);
	}

	@Test
	void fourHoursAtTwiceTheLimitIsExactlyTheTwaAndNotAnExceedance() {
		// 240 one-minute readings of 12 mg/m³: dose 240 × 12 × 60 = 172,800; TWA = 172,800 / 28,800 = 6.0 = PC-TWA.
		// The last 15 minutes were at 12 too: 15 × 12 × 60 = 10,800 / 900 = 12 > PC-STEL 10 → STEL only.
		Window window = new Window(172_800, 0, 10_800, 60 * 12, 60);
		ExposureEvaluator.Evaluation evaluation = ExposureEvaluator.evaluate(BENZENE, BENZENE_LIMITS, null, window, 12,
				AT, AT);
		assertThat(evaluation.exposure()).isEqualTo(6.0);
		assertThat(evaluation.shortTerm()).isEqualTo(12.0);
		assertThat(evaluation.exceedances()).extracting(ExposureEvaluator.Exceedance::kind)
			.containsExactly(AlertKind.STEL);
		assertThat(evaluation.level()).isEqualTo(ExposureEvaluator.EXCEEDED);
	}

	@Test
	void oneMoreMinuteTipsTheRollingTwaOverTheLimit() {
		// 241 minutes at 12: 241 × 720 = 173,520 / 28,800 = 6.025 > 6 → TWA alert; last 15 minutes at 8:
		// 15 × 8 × 60 = 7,200 / 900 = 8 ≤ 10 → no STEL alert.
		Window window = new Window(173_520, 0, 7_200, 0, 0);
		ExposureEvaluator.Evaluation evaluation = ExposureEvaluator.evaluate(BENZENE, BENZENE_LIMITS, null, window, 8,
				AT, AT);
		assertThat(evaluation.exposure()).isCloseTo(6.025, within(1e-12));
		assertThat(evaluation.exceedances()).singleElement().satisfies(e -> {
			assertThat(e.kind()).isEqualTo(AlertKind.TWA);
			assertThat(e.limit()).isEqualTo(6.0);
		});
	}

	@Test
	void theActionLevelIsHalfTheLimit() {
		// 2 h at 12 (dose 86,400 → TWA 3.0 = 0.5 × 6) is at the action level; 2 h at 11.9 (TWA 2.975) is below.
		assertThat(ExposureEvaluator.evaluate(BENZENE, BENZENE_LIMITS, null, new Window(86_400, 0, 0, 0, 0), 12, AT, AT)
			.level()).isEqualTo(ExposureEvaluator.ACTION);
		assertThat(ExposureEvaluator.evaluate(BENZENE, BENZENE_LIMITS, null, new Window(85_680, 0, 0, 0, 0), 11.9, AT,
				AT)
			.level()).isEqualTo(ExposureEvaluator.BELOW);
	}

	@Test
	void noiseIsEnergyAveragedOverEightHours() {
		DeviceRef meter = device("3008", "dB(A)", 1);
		Limits.Resolved limit = new Limits.Resolved(null, 85.0, null, false);
		// 4 h at 88 dB(A), 4 h without readings: energy = 14,400 s × 10^8.8;
		// L_EX,8h = 10·lg(14,400 × 10^8.8 / 28,800) = 88 + 10·lg 0.5 = 88 − 3.0103 = 84.9897 → below 85,
		// above the action level 81.9897.
		Window fourHours = new Window(0, 14_400 * Math.pow(10, 8.8), 0, 0, 0);
		ExposureEvaluator.Evaluation quiet = ExposureEvaluator.evaluate(meter, limit, null, fourHours, 88, AT, AT);
		assertThat(quiet.exposure()).isCloseTo(84.9897, within(1e-4));
		assertThat(quiet.level()).isEqualTo(ExposureEvaluator.ACTION);
		assertThat(quiet.exceedances()).isEmpty();
		// 2 h at 91 and 6 h at 80: 7,200 × 10^9.1 + 21,600 × 10^8.0 = 7,200 × 1.25893e9 + 2.16e12
		// = 9.06427e12 + 2.16e12 = 1.122427e13; / 28,800 = 3.89732e8 → 10·lg = 85.908 > 85.
		double energy = 7_200 * Math.pow(10, 9.1) + 21_600 * Math.pow(10, 8.0);
		ExposureEvaluator.Evaluation loud = ExposureEvaluator.evaluate(meter, limit, null,
				new Window(0, energy, 0, 0, 0), 91, AT, AT);
		assertThat(loud.exposure()).isCloseTo(85.908, within(1e-3));
		assertThat(loud.exceedances()).singleElement()
			.satisfies(e -> assertThat(e.kind()).isEqualTo(AlertKind.NOISE));
	}

	@Test
	void aMacIsAnInstantCeiling() {
		DeviceRef h2s = device("2184", "mg/m³", 10);
		Limits.Resolved mac = new Limits.Resolved(10.0, null, null, false);
		Instant peakAt = AT.minusSeconds(30);
		ExposureEvaluator.Evaluation over = ExposureEvaluator.evaluate(h2s, mac, null, new Window(0, 0, 0, 0, 0), 10.5,
				peakAt, AT);
		assertThat(over.exceedances()).singleElement().satisfies(e -> {
			assertThat(e.kind()).isEqualTo(AlertKind.CEILING);
			assertThat(e.observed()).isEqualTo(10.5);
			assertThat(e.at()).isEqualTo(peakAt);
		});
		// at the MAC itself nothing is exceeded; 6 ≥ 0.5 × 10 is the action level, 4 is below
		assertThat(ExposureEvaluator.evaluate(h2s, mac, null, new Window(0, 0, 0, 0, 0), 10, AT, AT).exceedances())
			.isEmpty();
		assertThat(ExposureEvaluator.evaluate(h2s, mac, null, new Window(0, 0, 0, 0, 0), 6, AT, AT).level())
			.isEqualTo(ExposureEvaluator.ACTION);
		assertThat(ExposureEvaluator.evaluate(h2s, mac, null, new Window(0, 0, 0, 0, 0), 4, AT, AT).level())
			.isEqualTo(ExposureEvaluator.BELOW);
	}

	@Test
	void aFactorWithPcTwaAloneMayNeverExceedFiveTimesIt() {
		DeviceRef dust = device("1038", "mg/m³", 60);
		Limits.Resolved twaOnly = new Limits.Resolved(null, 1.0, null, false);
		// 5.2 > 5 × 1 → excursion; the 8-h TWA of one such minute is 5.2 × 60 / 28,800 = 0.0108, far below 1
		ExposureEvaluator.Evaluation evaluation = ExposureEvaluator.evaluate(dust, twaOnly, null,
				new Window(5.2 * 60, 0, 5.2 * 60, 5.2, 1), 5.2, AT, AT);
		assertThat(evaluation.exceedances()).extracting(ExposureEvaluator.Exceedance::kind)
			.containsExactly(AlertKind.EXCURSION);
		assertThat(evaluation.exposure()).isCloseTo(0.010833, within(1e-6));
	}

	@Test
	void withoutALimitTheLevelIsUnknownAndNothingIsRaised() {
		ExposureEvaluator.Evaluation evaluation = ExposureEvaluator.evaluate(BENZENE, Limits.Resolved.NONE, null,
				new Window(999_999, 0, 99_999, 0, 0), 500, AT, AT);
		assertThat(evaluation.level()).isEqualTo(ExposureEvaluator.UNKNOWN);
		assertThat(evaluation.exceedances()).isEmpty();
	}

	@Test
	void heatIsTheLastHoursMeanWbgtAgainstItsLimit() {
		DeviceRef wbgt = new DeviceRef(1, "DEV-H", 1, "91330105TEST00001X", "330105001", 1, "3007", "°C WBGT", null, 60,
				0, 60, "II", 75, false);
		// 60 one-minute readings: 30 at 30.0 °C and 30 at 29.0 °C → Σ = 1,770, mean 29.5 °C;
		// intensity II at 75 % has the limit 29 °C (GBZ 2.2-2007 表8) → 29.5 > 29 is exceeded.
		ExposureEvaluator.Evaluation hot = ExposureEvaluator.evaluate(wbgt, Limits.Resolved.NONE, 29.0,
				new Window(0, 0, 0, 1_770, 60), 30, AT, AT);
		assertThat(hot.exposure()).isEqualTo(29.5);
		assertThat(hot.exceedances()).singleElement().satisfies(e -> assertThat(e.kind()).isEqualTo(AlertKind.HEAT));
		// with the +1 °C of a hot outdoor design temperature the limit is 30 °C: 29.5 is below
		assertThat(ExposureEvaluator.evaluate(wbgt, Limits.Resolved.NONE, 30.0, new Window(0, 0, 0, 1_770, 60), 30, AT, AT)
			.level()).isEqualTo(ExposureEvaluator.BELOW);
		// without a limit in force the level is unknown
		assertThat(ExposureEvaluator.evaluate(wbgt, Limits.Resolved.NONE, null, new Window(0, 0, 0, 1_770, 60), 30, AT, AT)
			.level()).isEqualTo(ExposureEvaluator.UNKNOWN);
	}

}
