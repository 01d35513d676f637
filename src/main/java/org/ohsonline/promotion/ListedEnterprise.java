package org.ohsonline.promotion;

/**
 * A healthy enterprise on the public list of its year: the employer's licence facts only (code, name,
 * region), nothing personal.
 */
public record ListedEnterprise(long employerId, String creditCode, String name, String regionCode, int year) {
}
