package org.ohsonline.grid.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.ohsonline.grid.KpiFigure;
import org.ohsonline.reference.CatalogEntry;

/**
 * Scores KPIs with a {@code grid-kpis} catalog row (AttributeRules in the reference module refuses a version that
 * breaks these shapes): RATE — points = max × min(1, rate / full rate), not applicable when the denominator is 0;
 * COUNT — points = min(max, count × points per unit). Points to two decimals, half up.
 */
final class KpiScoring {

	private KpiScoring() {
	}

	/** A KPI row of the catalog version in force. */
	record Rule(String code, String name, String kind, BigDecimal maxPoints, BigDecimal fullRate, BigDecimal unitPoints) {

		static Rule of(CatalogEntry e) {
			return new Rule(e.code(), e.name(), text(e, "kind"), number(e, "maxPoints"), number(e, "fullRate"),
					number(e, "unitPoints"));
		}

		private static String text(CatalogEntry e, String key) {
			Object v = e.attributes().get(key);
			return v == null ? null : v.toString();
		}

		private static BigDecimal number(CatalogEntry e, String key) {
			String v = text(e, key);
			return v == null || v.isBlank() ? null : new BigDecimal(v.trim());
		}

	}

	static KpiFigure score(Rule rule, long numerator, long denominator) {
		if ("RATE".equals(rule.kind())) {
			if (denominator == 0) {
				return new KpiFigure(rule.code(), rule.name(), rule.kind(), numerator, 0L, null, rule.maxPoints(),
						BigDecimal.ZERO.setScale(2), false);
			}
			BigDecimal rate = BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 6, RoundingMode.HALF_UP);
			BigDecimal share = rate.divide(rule.fullRate(), 6, RoundingMode.HALF_UP).min(BigDecimal.ONE);
			return new KpiFigure(rule.code(), rule.name(), rule.kind(), numerator, denominator,
					rate.setScale(4, RoundingMode.HALF_UP), rule.maxPoints(),
					rule.maxPoints().multiply(share).setScale(2, RoundingMode.HALF_UP), true);
		}
		BigDecimal points = BigDecimal.valueOf(numerator).multiply(rule.unitPoints()).min(rule.maxPoints());
		return new KpiFigure(rule.code(), rule.name(), rule.kind(), numerator, null, null, rule.maxPoints(),
				points.setScale(2, RoundingMode.HALF_UP), true);
	}

	/** Points earned, points possible (applicable KPIs' maxima) and the score out of 100 (null when none applies). */
	record Total(BigDecimal points, BigDecimal possible, BigDecimal score) {
	}

	static Total total(List<KpiFigure> figures) {
		BigDecimal points = BigDecimal.ZERO.setScale(2);
		BigDecimal possible = BigDecimal.ZERO.setScale(2);
		for (KpiFigure f : figures) {
			if (f.applicable()) {
				points = points.add(f.points());
				possible = possible.add(f.maxPoints());
			}
		}
		BigDecimal score = possible.signum() == 0 ? null
				: points.multiply(BigDecimal.valueOf(100)).divide(possible, 2, RoundingMode.HALF_UP);
		return new Total(points, possible.setScale(2, RoundingMode.HALF_UP), score);
	}

}
