package org.ohsonline.reference;

import java.time.LocalDate;
import java.util.Optional;

/**
 * WBGT limits of heat stress by labour intensity and exposure time share (GBZ 2.2-2007 表8 and
 * 10.2.2), from the {@code heat-limits} catalog version in force on a date.
 */
public interface HeatLimits {

	/**
	 * The limit for a workload class and the share of an 8-hour day spent in the heat.
	 * @param intensity the labour intensity class
	 * @param timeSharePercent the exposure time share, 1–100 (per cent of 8 h, rounded up by the
	 * caller); a share between the table's columns takes the next higher column
	 * @param hotOutdoor whether the local summer outdoor ventilation design temperature reaches the
	 * catalog's threshold (30 °C), which adds the catalog's adjustment (1 °C) to the limit
	 * @param on the date whose catalog version applies (the sampling date)
	 * @return empty when no version is in force on that date or it has no column for the intensity
	 * @throws org.ohsonline.shared.InvalidInputException when the share is outside 1–100
	 */
	Optional<HeatLimit> limitFor(LabourIntensity intensity, int timeSharePercent, boolean hotOutdoor, LocalDate on);

}
