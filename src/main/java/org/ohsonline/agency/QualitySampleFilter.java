package org.ohsonline.agency;

/**
 * Filters of the sampled reports. {@code status}: DRAWN (awaiting review) or REVIEWED; {@code findings}: OPEN (a
 * finding awaits the organisation's answer) or ANSWERED (awaits the reviewer's closing); all optional.
 */
public record QualitySampleFilter(String region, String period, Long drawId, Long agencyId, String status,
		String findings, Boolean disagreeing) {

	public static QualitySampleFilter none() {
		return new QualitySampleFilter(null, null, null, null, null, null, null);
	}

}
