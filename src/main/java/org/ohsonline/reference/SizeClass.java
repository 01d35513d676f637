package org.ohsonline.reference;

/** Enterprise size (大/中/小/微), codes as in the exchange specification's 企业规模代码表. */
public enum SizeClass {

	LARGE, MEDIUM, SMALL, MICRO;

	/**
	 * The code of 交换规范 2021 附录 表9 企业规模代码表 ({@code 01} 大 … {@code 04} 微, {@code 99} 不详 for an
	 * employer whose size is not derived).
	 */
	public static String exchangeCode(SizeClass size) {
		if (size == null) {
			return "99";
		}
		return switch (size) {
			case LARGE -> "01";
			case MEDIUM -> "02";
			case SMALL -> "03";
			case MICRO -> "04";
		};
	}

}
