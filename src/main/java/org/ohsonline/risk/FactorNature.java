package org.ohsonline.risk;

/** 危害因素性质 of the classification: 严重 (a factor the rules list as serious) or 一般. */
public enum FactorNature {

	SERIOUS, GENERAL

}
