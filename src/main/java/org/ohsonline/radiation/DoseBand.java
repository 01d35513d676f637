package org.ohsonline.radiation;

/** Where a period's Hp(10) lies, as lists show it instead of the value (the value is personal data). */
public enum DoseBand {

	BELOW_DETECTION, BELOW_RECORDING, RECORDED, ABOVE_INVESTIGATION

}
