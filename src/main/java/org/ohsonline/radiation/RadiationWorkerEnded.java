package org.ohsonline.radiation;

import java.time.LocalDate;

/** A radiation worker's monitoring ended on a day (they left the radiation post). */
public record RadiationWorkerEnded(long radiationWorkerId, long employerId, String regionCode, LocalDate monitoredTo) {
}
