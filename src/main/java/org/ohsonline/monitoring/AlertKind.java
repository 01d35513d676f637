package org.ohsonline.monitoring;

/**
 * What an alert is about.
 * <ul>
 * <li>{@code CEILING}: a reading above the MAC (最高容许浓度), an instant ceiling;</li>
 * <li>{@code EXCURSION}: a reading above 5 × PC-TWA for a factor with neither MAC nor PC-STEL
 * (the peak-exposure rule of GBZ 2.1-2019);</li>
 * <li>{@code STEL}: the 15-minute TWA above the PC-STEL;</li>
 * <li>{@code TWA}: the rolling 8-hour TWA above the PC-TWA;</li>
 * <li>{@code NOISE}: the rolling L_EX,8h above its limit (85 dB(A));</li>
 * <li>{@code HEAT}: the 1-hour mean WBGT above the limit for the post's labour intensity and time share.</li>
 * </ul>
 */
public enum AlertKind {

	CEILING, EXCURSION, STEL, TWA, NOISE, HEAT

}
