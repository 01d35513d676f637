package org.ohsonline.monitoring;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A device with its health: last reading, exposure level and flags.
 *
 * @param tokenHint the first characters of its current token, or {@code null} when none was issued
 * @param level {@code BELOW}, {@code ACTION}, {@code EXCEEDED} or {@code UNKNOWN} (no reading yet)
 */
public record DeviceView(long id, String code, String name, long employerId, String employerName, String regionCode,
		long siteId, long postId, String postName, String hazardCode, String hazardName, String unit,
		String dustFraction, int samplingSeconds, double rangeMin, double rangeMax, LocalDate calibrationDue,
		String labourIntensity, Integer timeShare, boolean hotOutdoor, String status, String tokenHint,
		Instant tokenIssuedAt, Instant lastMeasuredAt, Double lastValue, Double exposure, Double exposureLimit,
		String level, Instant offlineSince, boolean calibrationOverdue, long rejected) {

	public boolean offline() {
		return this.offlineSince != null;
	}

	/** Measuring now: active, not offline, its calibration not overdue (what counts as coverage). */
	public boolean working() {
		return "ACTIVE".equals(this.status) && !offline() && !this.calibrationOverdue;
	}

}
