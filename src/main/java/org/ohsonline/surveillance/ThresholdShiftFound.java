package org.ohsonline.surveillance;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A standard threshold shift: the average shift of hearing thresholds at 2, 3 and 4 kHz against the
 * worker's baseline audiogram reached 10 dB in at least one ear (rule of OSHA 29 CFR 1910.95(g)(10),
 * without age correction; see the surveillance README section).
 */
public record ThresholdShiftFound(long examId, long baselineExamId, long workerId, long employerId,
		String regionCode, LocalDate examinedOn, BigDecimal leftShiftDb, BigDecimal rightShiftDb) {
}
