package org.ohsonline.radiation;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.ohsonline.shared.Page;

/** A period's monitoring rates: the region's total, its divisions one level down, and its employers. */
@Schema(name = "RadiationMonitoringRates")
public record MonitoringRates(String region, String period, MonitoringRate total, List<MonitoringRate> regions,
		Page<MonitoringRate> employers) {
}
