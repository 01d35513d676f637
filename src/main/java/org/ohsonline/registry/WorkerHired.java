package org.ohsonline.registry;

import java.time.LocalDate;
import java.util.List;

/** A worker started at an employer; {@code hazardCodes} are those of the post, if any. */
public record WorkerHired(long employmentId, long workerId, long employerId, String regionCode, Long postId,
		List<String> hazardCodes, LocalDate hiredOn) {
}
