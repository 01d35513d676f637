package org.ohsonline.radiation;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/** A radiation worker without a dose record for a period that is due: an overdue item since {@code dueOn}. */
@Schema(name = "RadiationMonitoringGap")
public record MonitoringGap(long radiationWorkerId, String nameMasked, String idNumberMasked, String employerName,
		String regionCode, String agencyName, String period, LocalDate dueOn) {
}
