package org.ohsonline.radiation;

import java.math.BigDecimal;
import java.math.RoundingMode;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The monitoring rate of a region or employer for a period: radiation workers with a dose record for the period
 * over all radiation workers monitored in it.
 */
@Schema(name = "RadiationMonitoringRate")
public record MonitoringRate(String key, String name, String regionCode, long monitored, long workers) {

	/** The rate in percent with one decimal; null without any radiation worker. */
	public BigDecimal percent() {
		return this.workers == 0 ? null
				: BigDecimal.valueOf(this.monitored * 100L).divide(BigDecimal.valueOf(this.workers), 1, RoundingMode.HALF_UP);
	}

}
