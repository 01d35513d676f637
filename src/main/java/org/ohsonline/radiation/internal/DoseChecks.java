package org.ohsonline.radiation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.ohsonline.radiation.DoseBand;
import org.ohsonline.radiation.Period;

/**
 * The checks of personal dose records against the limits (GB 18871-2002 附录 B, GBZ 128-2019), as pure functions:
 * what a value below the detection limit counts as, the band of a period, whether a period is above the
 * investigation level, and the sums above a limit. No database: unit-tested with hand-worked cases.
 */
final class DoseChecks {

	private DoseChecks() {
	}

	/** One period's counted doses (mSv); {@code lens} null when not measured. */
	record Counted(Period period, BigDecimal hp10, BigDecimal hp007, BigDecimal lens) {
	}

	/** A sum above a limit. */
	record Exceeded(String kind, int year, BigDecimal total, BigDecimal limit) {
	}

	/**
	 * What sums count for a value: the value itself, or for a value below the detection limit the limit times
	 * the share (not zero, not the limit); null for a dose not measured.
	 */
	static BigDecimal counted(BigDecimal value, boolean below, BigDecimal mdl, BigDecimal share) {
		if (below) {
			return mdl.multiply(share).stripTrailingZeros();
		}
		return value;
	}

	/** Strictly above the level: a period at exactly the level is not investigated. */
	static boolean aboveInvestigation(BigDecimal countedHp10, DoseLimits.Limits limits) {
		return countedHp10.compareTo(limits.investigationPeriod()) > 0;
	}

	static DoseBand band(boolean below, BigDecimal countedHp10, DoseLimits.Limits limits) {
		if (aboveInvestigation(countedHp10, limits)) {
			return DoseBand.ABOVE_INVESTIGATION;
		}
		if (below) {
			return DoseBand.BELOW_DETECTION;
		}
		return countedHp10.compareTo(limits.recordingPeriod()) < 0 ? DoseBand.BELOW_RECORDING : DoseBand.RECORDED;
	}

	/**
	 * The sums above a limit in the years {@code from}..{@code to}: the effective dose (Hp(10)) of a calendar year
	 * above the annual maximum (ANNUAL), the five consecutive years ending in a year above five times the average
	 * (FIVE_YEAR), the lens dose of a year above the lens limit (LENS), Hp(0.07) of a year above the skin limit
	 * (SKIN). Sums are strictly above the limit.
	 */
	static List<Exceeded> exceeded(List<Counted> records, int from, int to, DoseLimits.Limits limits) {
		Map<Integer, BigDecimal[]> years = new TreeMap<>();
		for (Counted c : records) {
			BigDecimal[] sums = years.computeIfAbsent(c.period().year(),
					y -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO });
			sums[0] = sums[0].add(c.hp10());
			sums[1] = sums[1].add(c.hp007());
			if (c.lens() != null) {
				sums[2] = sums[2].add(c.lens());
			}
		}
		List<Exceeded> found = new ArrayList<>();
		for (int year = from; year <= to; year++) {
			BigDecimal[] sums = years.get(year);
			if (sums != null) {
				above(found, "ANNUAL", year, sums[0], limits.annualMax());
				above(found, "LENS", year, sums[2], limits.lensAnnual());
				above(found, "SKIN", year, sums[1], limits.skinAnnual());
			}
			BigDecimal five = BigDecimal.ZERO;
			boolean any = false;
			for (int y = year - 4; y <= year; y++) {
				BigDecimal[] s = years.get(y);
				if (s != null) {
					five = five.add(s[0]);
					any = true;
				}
			}
			if (any) {
				above(found, "FIVE_YEAR", year, five, limits.fiveYearSum());
			}
		}
		return found;
	}

	private static void above(List<Exceeded> found, String kind, int year, BigDecimal total, BigDecimal limit) {
		if (total.compareTo(limit) > 0) {
			found.add(new Exceeded(kind, year, total, limit));
		}
	}

}
