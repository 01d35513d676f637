package org.ohsonline.reference.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.ohsonline.reference.CatalogEntry;
import org.ohsonline.reference.SizeClass;

/**
 * The rule of 统计上大中小微型企业划分办法 (2017): large, medium and small each need every criterion the
 * industry's row defines (headcount, annual revenue), otherwise the enterprise drops a class; an
 * enterprise below small on any criterion is micro. Pure, so it is tested without a database.
 */
final class SizeRule {

	/** The row that applies to industries not covered by any other row (其他未列明行业). */
	static final String ANY_INDUSTRY = "*";

	private SizeRule() {
	}

	/**
	 * One threshold row. Headcounts in persons, revenue in 10,000 yuan; {@code null} where the row
	 * does not use the criterion.
	 */
	record Threshold(String code, Set<String> industryCodes, Integer largeEmployees, Long largeRevenue,
			Integer mediumEmployees, Long mediumRevenue, Integer smallEmployees, Long smallRevenue) {

		static Threshold of(CatalogEntry entry) {
			String codes = EntriesInForce.text(entry, "industryCodes");
			return new Threshold(entry.code(),
					codes == null ? Set.of()
							: Arrays.stream(codes.split(",")).map(String::trim).filter(c -> !c.isEmpty())
								.collect(Collectors.toUnmodifiableSet()),
					integer(entry, "largeEmployees"), number(entry, "largeRevenue"), integer(entry, "mediumEmployees"),
					number(entry, "mediumRevenue"), integer(entry, "smallEmployees"), number(entry, "smallRevenue"));
		}

		private static Integer integer(CatalogEntry entry, String attribute) {
			Long value = number(entry, attribute);
			return value == null ? null : Math.toIntExact(value);
		}

		private static Long number(CatalogEntry entry, String attribute) {
			String value = EntriesInForce.text(entry, attribute);
			return value == null ? null : Long.valueOf(value);
		}

	}

	/**
	 * The row for an industry: the one naming the most specific of the candidate codes (class,
	 * group, division, section), else the row for any industry.
	 */
	static Optional<Threshold> rowFor(List<Threshold> rows, List<String> candidates) {
		for (String candidate : candidates) {
			Optional<Threshold> row = rows.stream().filter(r -> r.industryCodes().contains(candidate)).findFirst();
			if (row.isPresent()) {
				return row;
			}
		}
		return rows.stream().filter(r -> r.industryCodes().contains(ANY_INDUSTRY)).findFirst();
	}

	/**
	 * The size class; empty when the row has no criterion the inputs can answer (a row by revenue
	 * only, and the revenue unknown). An unknown revenue leaves headcount to decide.
	 */
	static Optional<SizeClass> classify(Threshold row, int employees, Long revenue) {
		boolean answerable = row.smallEmployees() != null || row.smallRevenue() != null && revenue != null;
		if (!answerable) {
			return Optional.empty();
		}
		if (meets(row.largeEmployees(), row.largeRevenue(), employees, revenue)) {
			return Optional.of(SizeClass.LARGE);
		}
		if (meets(row.mediumEmployees(), row.mediumRevenue(), employees, revenue)) {
			return Optional.of(SizeClass.MEDIUM);
		}
		if (meets(row.smallEmployees(), row.smallRevenue(), employees, revenue)) {
			return Optional.of(SizeClass.SMALL);
		}
		return Optional.of(SizeClass.MICRO);
	}

	/** Every criterion the class defines and the inputs answer is met, and at least one was checked. */
	private static boolean meets(Integer minEmployees, Long minRevenue, int employees, Long revenue) {
		boolean checked = false;
		if (minEmployees != null) {
			checked = true;
			if (employees < minEmployees) {
				return false;
			}
		}
		if (minRevenue != null && revenue != null) {
			checked = true;
			if (revenue < minRevenue) {
				return false;
			}
		}
		return checked;
	}

}
