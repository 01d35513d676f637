package org.ohsonline.registry;

import java.time.LocalDate;

/** A worker left an employer (an exit exam becomes due when the post was hazardous). */
public record WorkerLeft(long employmentId, long workerId, long employerId, String regionCode, LocalDate leftOn) {
}
