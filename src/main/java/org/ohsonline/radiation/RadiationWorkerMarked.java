package org.ohsonline.radiation;

import java.time.LocalDate;

/** A worker of the employer's register was marked as a radiation worker, monitored from a day. */
public record RadiationWorkerMarked(long radiationWorkerId, long employerId, String regionCode, LocalDate monitoredFrom) {
}
