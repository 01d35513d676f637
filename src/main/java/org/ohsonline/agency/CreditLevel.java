package org.ohsonline.agency;

/** The credit level (信誉等级) of an agency or institution: A the best, C the worst. */
public enum CreditLevel {

	A, B, C

}
