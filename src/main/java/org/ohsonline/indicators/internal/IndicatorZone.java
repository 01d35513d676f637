package org.ohsonline.indicators.internal;

import java.time.ZoneId;

/** The platform's day (Asia/Shanghai): "today" for clocks and the month a total belongs to. */
final class IndicatorZone {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private IndicatorZone() {
	}

}
