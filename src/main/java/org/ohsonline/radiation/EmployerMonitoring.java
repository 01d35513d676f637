package org.ohsonline.radiation;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One employer's personal dose monitoring in a period, counted by the same rule as the monitoring rate
 * ({@link DoseRecords#rates}): its radiation workers monitored in the period (monitoring began by the period's end
 * and did not end before its start), each counted once, and those of them with a dose record for the period.
 *
 * @param period the period counted, {@code 2026Q3}
 */
@Schema(name = "RadiationEmployerMonitoring")
public record EmployerMonitoring(long employerId, String period, long workers, long monitored) {
}
