package org.ohsonline.monitoring.internal;

/**
 * What ingestion needs to know about an active device; cached by {@link DeviceDirectory}.
 */
public record DeviceRef(long id, String code, long employerId, String creditCode, String regionCode, long postId,
		String hazardCode, String unit, String dustFraction, int samplingSeconds, double rangeMin, double rangeMax,
		String labourIntensity, Integer timeShare, boolean hotOutdoor) {

	public boolean noise() {
		return Units.DECIBELS.equals(this.unit);
	}

	public boolean heat() {
		return Units.WBGT.equals(this.unit);
	}

}
