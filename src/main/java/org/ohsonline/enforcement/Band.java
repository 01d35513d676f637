package org.ohsonline.enforcement;

/** Circumstance bands of the discretion benchmark (裁量基准), from the lightest. */
public enum Band {

	/** 轻微. */
	MINOR,
	/** 一般. */
	GENERAL,
	/** 较重. */
	SERIOUS,
	/** 严重. */
	GRAVE

}
