package org.ohsonline.promotion;

/** A region's quota of health champions for a year and how many are approved within it. */
public record ChampionQuota(String regionCode, int year, int quota, long approved) {
}
