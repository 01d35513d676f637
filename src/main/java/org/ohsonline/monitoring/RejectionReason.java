package org.ohsonline.monitoring;

/** Why a reading was not stored. Every rejection is answered (HTTP) or published (MQTT) and counted. */
public enum RejectionReason {

	/** The device is not registered, retired, or not the one the token belongs to. */
	UNKNOWN_DEVICE,
	/** The reading's unit is not the device's unit. */
	UNIT_MISMATCH,
	/** Not a finite number, or outside the device's measuring range. */
	IMPOSSIBLE_VALUE,
	/** Older than the accepted age or later than the accepted clock skew. */
	TIMESTAMP_OUT_OF_RANGE,
	/** Not JSON, not the documented shape, a missing field or a value of the wrong type. */
	MALFORMED_PAYLOAD;

	/** The wire form: lower case with hyphens ({@code unit-mismatch}). */
	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
