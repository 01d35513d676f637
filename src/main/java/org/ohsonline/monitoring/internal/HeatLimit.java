package org.ohsonline.monitoring.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The WBGT limit for a heat device's post (labour intensity, time share, hot outdoor design
 * temperature). Until the reference module's heat-limit catalog is merged no limit is known, and
 * heat devices show their 1-hour WBGT with the level UNKNOWN rather than a limit typed in here.
 */
@Component
class HeatLimit {

	Optional<Double> of(DeviceRef device) {
		return Optional.empty();
	}

}
