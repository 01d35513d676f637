package org.ohsonline.surveillance;

import java.time.LocalDate;
import java.util.List;

/**
 * An exam was recorded with its conclusions (every exam is concluded when recorded). Consumers: the
 * schedule of exams due (next periodic exam, recheck, pre-placement and exit exams met), the
 * threshold-shift check, and later the worker's record and the national exchange.
 *
 * @param examType an {@link org.ohsonline.agency.ExamType} name
 * @param hasAudiogram whether pure-tone thresholds were recorded
 */
public record ExamConcluded(long examId, String number, long workerId, long employerId, String regionCode,
		long institutionId, String examType, LocalDate examinedOn, List<Conclusion> conclusions,
		boolean hasAudiogram) {

	public ExamConcluded {
		conclusions = List.copyOf(conclusions);
	}

	/** The conclusion for one hazard; {@code recheckOn} set for {@code RECHECK}. */
	public record Conclusion(String hazardCode, ExamConclusion conclusion, LocalDate recheckOn) {
	}

}
