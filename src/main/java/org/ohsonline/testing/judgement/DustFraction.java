package org.ohsonline.testing.judgement;

/**
 * The fraction of a dust measured (GBZ 2.1-2019 表2: 总尘 and 呼尘 each have a PC-TWA; where both
 * do, respirable dust is measured first). The codes are those of the {@code oels} catalog.
 */
public enum DustFraction {

	TOTAL("total"), RESPIRABLE("respirable");

	private final String code;

	DustFraction(String code) {
		this.code = code;
	}

	/** The value of {@link org.ohsonline.reference.Oel#dustFraction()} for this fraction. */
	public String code() {
		return this.code;
	}

}
