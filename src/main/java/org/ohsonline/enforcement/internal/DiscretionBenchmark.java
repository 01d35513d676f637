package org.ohsonline.enforcement.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ohsonline.enforcement.Band;
import org.ohsonline.enforcement.Circumstances;
import org.ohsonline.enforcement.LegalBasis;
import org.ohsonline.enforcement.Recommendation;
import org.ohsonline.reference.CatalogEntry;

/**
 * One edition of the {@code discretion-benchmark} catalog (reference/discretion-benchmark-2018.csv), keyed by law
 * edition, article and item (an article's rows serve each of its items unless an item has its own): the statutory
 * range ({@code statute}), the amount range of each band inside it ({@code band}), municipal refinements
 * ({@code refinement}, attribute {@code region}) that may narrow a band but never leave it, and the no-penalty list
 * ({@code noPenalty}, with the {@code months} within which a second offence is not eligible). Pure: no database.
 */
final class DiscretionBenchmark {

	static final String CATALOG = "discretion-benchmark";

	record Statute(String law, int article, int item, long min, long max, boolean optional) {
	}

	record Range(long min, long max) {

		boolean within(Range outer) {
			return this.min >= outer.min && this.max <= outer.max && this.min <= this.max;
		}

	}

	private final String edition;

	private final Map<String, Statute> statutes = new HashMap<>();

	private final Map<String, Map<Band, Range>> bands = new HashMap<>();

	private final Map<String, Map<String, Map<Band, Range>>> refinements = new HashMap<>();

	private final Map<String, Integer> noPenalty = new HashMap<>();

	private DiscretionBenchmark(String edition) {
		this.edition = edition;
	}

	private static String key(String law, int article, int item) {
		return law + "|" + article + "|" + item;
	}

	/**
	 * Reads an edition, refusing it when a band leaves the statutory range or a refinement leaves its provincial band:
	 * the reasons name the entries.
	 */
	static DiscretionBenchmark of(String edition, List<CatalogEntry> entries) {
		DiscretionBenchmark b = new DiscretionBenchmark(edition);
		List<String> problems = new ArrayList<>();
		for (CatalogEntry e : entries) {
			String kind = text(e, "kind");
			String key = key(text(e, "law"), number(e, "article"), number(e, "item"));
			switch (kind) {
				case "statute" -> b.statutes.put(key, new Statute(text(e, "law"), number(e, "article"), number(e, "item"),
						amount(e, "min"), amount(e, "max"), "true".equals(text(e, "fineOptional"))));
				case "band" -> b.bands.computeIfAbsent(key, k -> new EnumMap<>(Band.class))
					.put(Band.valueOf(text(e, "band")), new Range(amount(e, "min"), amount(e, "max")));
				case "refinement" -> b.refinements.computeIfAbsent(key, k -> new HashMap<>())
					.computeIfAbsent(text(e, "region"), r -> new EnumMap<>(Band.class))
					.put(Band.valueOf(text(e, "band")), new Range(amount(e, "min"), amount(e, "max")));
				case "noPenalty" -> b.noPenalty.put(key, number(e, "months"));
				default -> problems.add(e.code() + ": unknown kind " + kind);
			}
		}
		problems.addAll(b.problems());
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException(String.join("; ", problems));
		}
		return b;
	}

	/** Bands outside their statute, refinements outside their band: what {@link #of} refuses. */
	List<String> problems() {
		List<String> problems = new ArrayList<>();
		this.bands.forEach((key, ranges) -> {
			Statute s = this.statutes.get(key);
			if (s == null) {
				problems.add(key + ": bands without a statutory range");
				return;
			}
			for (Band band : Band.values()) {
				Range r = ranges.get(band);
				if (r == null) {
					problems.add(key + ": no band " + band);
				}
				else if (!legal(s, r)) {
					problems.add(key + " " + band + ": " + r.min() + "–" + r.max() + " outside the statutory " + s.min() + "–"
							+ s.max());
				}
			}
		});
		this.refinements.forEach((key, byRegion) -> byRegion.forEach((region, ranges) -> ranges.forEach((band, r) -> {
			Range provincial = this.bands.getOrDefault(key, Map.of()).get(band);
			if (provincial == null || !r.within(provincial)) {
				problems.add(key + " " + band + " refined by " + region + ": " + r.min() + "–" + r.max()
						+ " exceeds the provincial band" + (provincial == null ? "" : " " + provincial.min() + "–" + provincial.max()));
			}
		})));
		return problems;
	}

	private static boolean legal(Statute s, Range r) {
		if (r.min() > r.max() || r.max() > s.max()) {
			return false;
		}
		return r.min() >= s.min() || (s.optional() && r.max() == 0);
	}

	String edition() {
		return this.edition;
	}

	/** The penalty articles of a law that the benchmark gives a statutory range and bands for, ascending. */
	List<Integer> articles(String law) {
		return this.statutes.values()
			.stream()
			.filter(s -> s.law().equals(law) && this.bands.containsKey(key(s.law(), s.article(), s.item())))
			.map(Statute::article)
			.distinct()
			.sorted()
			.toList();
	}

	/** The laws the benchmark's statutory ranges are taken from, in order. */
	List<String> laws() {
		return this.statutes.values().stream().map(Statute::law).distinct().sorted().toList();
	}

	/**
	 * The recommendation for a violation in a region (the municipal refinement of the region's city or the region
	 * itself narrows the band), or empty when the benchmark does not cover the article.
	 *
	 * @param repeatOnListWithinPeriod an earlier violation of the same article and item by the employer within the
	 * no-penalty list's period
	 */
	Optional<Recommendation> recommend(LegalBasis violation, String region, Circumstances circumstances,
			boolean repeatOnListWithinPeriod) {
		String itemKey = key(violation.law(), violation.article(), violation.item());
		String articleKey = key(violation.law(), violation.article(), 0);
		String key = this.statutes.containsKey(itemKey) ? itemKey : articleKey;
		Statute statute = this.statutes.get(key);
		if (statute == null || !this.bands.containsKey(key)) {
			return Optional.empty();
		}
		Band band = circumstances.band();
		Range range = this.bands.get(key).get(band);
		String refinedBy = null;
		Map<String, Map<Band, Range>> byRegion = this.refinements.getOrDefault(key, Map.of());
		for (int length = region.length(); length >= 2; length -= 2) {
			Map<Band, Range> refined = byRegion.get(region.substring(0, length));
			if (refined != null && refined.containsKey(band)) {
				range = refined.get(band);
				refinedBy = region.substring(0, length);
				break;
			}
		}
		long amount = ((range.min() + range.max()) / 2) / 1000 * 1000;
		amount = Math.max(amount, range.min());
		Integer months = this.noPenalty.get(itemKey);
		boolean eligible = months != null && circumstances.mayGoUnpunished() && !repeatOnListWithinPeriod;
		return Optional.of(new Recommendation(violation, statute.min(), statute.max(), statute.optional(), band,
				range.min(), range.max(), amount, refinedBy, eligible, this.edition));
	}

	/** The months within which a second offence is not eligible for the no-penalty list, if the item is on it. */
	Optional<Integer> noPenaltyMonths(LegalBasis violation) {
		return Optional.ofNullable(this.noPenalty.get(key(violation.law(), violation.article(), violation.item())));
	}

	private static String text(CatalogEntry e, String attribute) {
		Object v = e.attributes().get(attribute);
		return v == null ? "" : String.valueOf(v).trim();
	}

	private static int number(CatalogEntry e, String attribute) {
		String v = text(e, attribute);
		return v.isEmpty() ? 0 : Integer.parseInt(v);
	}

	private static long amount(CatalogEntry e, String attribute) {
		String v = text(e, attribute);
		return v.isEmpty() ? 0 : Long.parseLong(v);
	}

}
