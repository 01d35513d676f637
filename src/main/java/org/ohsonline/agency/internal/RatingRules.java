package org.ohsonline.agency.internal;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ohsonline.agency.AgencyKind;
import org.ohsonline.agency.RatingIndicator;
import org.ohsonline.reference.CatalogEntry;

/**
 * One version of the {@code agency-rating-rules} catalog (reference/agency-rating-rules-2026.csv, an unverified
 * platform edition): indicators with weight, required flag and the kind of organisation they apply to, the
 * score thresholds of levels and stars, and the parameters.
 */
record RatingRules(long versionId, String edition, Map<RatingIndicator, Weight> weights,
		Map<String, BigDecimal> thresholds) {

	static final String CATALOG = "agency-rating-rules";

	/** An indicator's weight; {@code appliesTo} {@code null}: every kind. */
	record Weight(BigDecimal weight, boolean required, AgencyKind appliesTo) {

		boolean appliesTo(AgencyKind kind) {
			return this.appliesTo == null || this.appliesTo == kind;
		}

	}

	RatingRules {
		weights = Map.copyOf(weights);
		thresholds = Map.copyOf(thresholds);
	}

	static RatingRules of(long versionId, String edition, List<CatalogEntry> entries) {
		Map<RatingIndicator, Weight> weights = new EnumMap<>(RatingIndicator.class);
		Map<String, BigDecimal> thresholds = new HashMap<>();
		for (CatalogEntry entry : entries) {
			String kind = text(entry, "kind");
			if ("indicator".equals(kind)) {
				RatingIndicator indicator;
				try {
					indicator = RatingIndicator.valueOf(entry.code());
				}
				catch (IllegalArgumentException ex) {
					continue;
				}
				String applies = text(entry, "appliesTo");
				weights.put(indicator, new Weight(number(entry, "weight"), "true".equalsIgnoreCase(text(entry, "required")),
						applies == null || "ALL".equals(applies) ? null : AgencyKind.valueOf(applies)));
			}
			else if ("threshold".equals(kind) || "parameter".equals(kind)) {
				thresholds.put(entry.code(), number(entry, "threshold"));
			}
		}
		return new RatingRules(versionId, edition, weights, thresholds);
	}

	/** The weights of the indicators that apply to a kind of organisation, in the enum's order. */
	Map<RatingIndicator, Weight> applicable(AgencyKind kind) {
		Map<RatingIndicator, Weight> applicable = new EnumMap<>(RatingIndicator.class);
		this.weights.forEach((indicator, weight) -> {
			if (weight.appliesTo(kind) && weight.weight().signum() > 0) {
				applicable.put(indicator, weight);
			}
		});
		return applicable;
	}

	BigDecimal threshold(String code, int fallback) {
		return this.thresholds.getOrDefault(code, BigDecimal.valueOf(fallback));
	}

	int parameter(String code, int fallback) {
		BigDecimal value = this.thresholds.get(code);
		return value == null ? fallback : value.intValue();
	}

	private static String text(CatalogEntry entry, String attribute) {
		Object value = entry.attributes().get(attribute);
		return value == null || String.valueOf(value).isBlank() ? null : String.valueOf(value).trim();
	}

	private static BigDecimal number(CatalogEntry entry, String attribute) {
		String text = text(entry, attribute);
		return text == null ? BigDecimal.ZERO : new BigDecimal(text);
	}

}
