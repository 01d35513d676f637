package org.ohsonline.reference;

/** Enterprise size (大/中/小/微), codes as in the exchange specification's 企业规模代码表. */
public enum SizeClass {

	LARGE, MEDIUM, SMALL, MICRO

}
