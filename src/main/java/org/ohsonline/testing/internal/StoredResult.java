package org.ohsonline.testing.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.ohsonline.reference.LabourIntensity;
import org.ohsonline.testing.SamplingMode;

/** A result row as stored. */
record StoredResult(long id, long jobId, String sampleNumber, long postId, String postName, String pointName,
		String subject, String factorCode, String factorName, String limitCode, String method, SamplingMode mode,
		LocalDateTime start, LocalDateTime end, BigDecimal durationMinutes, boolean shiftSegment, BigDecimal value,
		String unit, BigDecimal limitOfDetection, boolean nonDetect, LabourIntensity labourIntensity, String createdBy,
		Instant createdAt) {

	/** Samples of at most 15 min serve C_STE, C_ME and the peak-exposure rule. */
	static final Duration SHORT_TERM = Duration.ofMinutes(15);

	Duration represented() {
		return Duration.ofMillis(this.durationMinutes.multiply(BigDecimal.valueOf(60_000)).longValue());
	}

	boolean shortTerm() {
		return Duration.between(this.start, this.end).compareTo(SHORT_TERM) <= 0;
	}

	LocalDate day() {
		return this.start.toLocalDate();
	}

	String limitKey() {
		return this.limitCode == null ? "" : this.limitCode;
	}

}
