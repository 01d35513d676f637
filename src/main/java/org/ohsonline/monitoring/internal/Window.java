package org.ohsonline.monitoring.internal;

/**
 * Sums of a device's minute aggregates over the exposure windows.
 *
 * @param dose8h Σ value·s over the last 8 hours
 * @param energy8h Σ 10^(0.1·L)·s over the last 8 hours (noise)
 * @param dose15m Σ value·s over the last 15 minutes
 * @param total1h Σ value over the last hour
 * @param count1h number of readings in the last hour
 */
record Window(double dose8h, double energy8h, double dose15m, double total1h, long count1h) {

	/** The arithmetic mean of the last hour's readings, or NaN without any. */
	double mean1h() {
		return this.count1h == 0 ? Double.NaN : this.total1h / this.count1h;
	}

}
