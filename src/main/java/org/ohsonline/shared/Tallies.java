package org.ohsonline.shared;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A list's records in a jurisdiction counted three ways in one statement: all of them, by the next
 * lower division of the actor's region (townships of a county, counties of a city, cities of a
 * province) and for the employers with the most. Home pages show overdue lists this way, so every
 * module counts them alike.
 *
 * @param total every record
 * @param byRegion per lower division, by code
 * @param byEmployer the employers with the most records, most first
 */
public record Tallies(long total, List<Tally> byRegion, List<Tally> byEmployer) {

	public static final Tallies NONE = new Tallies(0, List.of(), List.of());

	public Tallies {
		byRegion = List.copyOf(byRegion);
		byEmployer = List.copyOf(byEmployer);
	}

	/**
	 * Counts the rows of {@code rows}, a select of {@code region_code}, {@code employer_id} and
	 * {@code employer_name} with named parameters (a fixed text of the module's own, with the scope's
	 * predicate in it), grouped by the region's first {@code regionLength} digits and by employer (the
	 * {@code top} employers with most rows).
	 */
	public static Tallies count(JdbcClient jdbc, String rows, Map<String, ?> parameters, int regionLength, int top) {
		String sql = """
				with tallied as (%s)
				select 'T' as dim, null as key, null as name, count(*) as n from tallied
				union all
				select 'R', substr(region_code, 1, :tallyRegionLength), null, count(*) from tallied group by 2
				union all
				(select 'E', cast(employer_id as text), min(employer_name), count(*) from tallied
				 group by employer_id order by 4 desc, 2 limit :tallyTop)""".formatted(rows);
		List<Tally> regions = new ArrayList<>();
		List<Tally> employers = new ArrayList<>();
		long[] total = { 0 };
		jdbc.sql(sql)
			.params(parameters)
			.param("tallyRegionLength", regionLength)
			.param("tallyTop", top)
			.query(rs -> {
				String dim = rs.getString("dim");
				Tally tally = new Tally(rs.getString("key"), rs.getString("name"), rs.getLong("n"));
				switch (dim) {
					case "T" -> total[0] = tally.count();
					case "R" -> regions.add(tally);
					default -> employers.add(tally);
				}
			});
		regions.sort(Comparator.comparing(Tally::key, Comparator.nullsLast(Comparator.naturalOrder())));
		employers.sort(Comparator.comparingLong(Tally::count).reversed().thenComparing(Tally::key));
		return new Tallies(total[0], regions, employers);
	}

	/**
	 * The length of the codes one level below a region prefix: cities of a province, counties of a
	 * city, townships of a county (and of a township, itself); provinces of the whole country.
	 */
	public static int lowerLevelLength(String prefix) {
		return switch (prefix == null ? 0 : prefix.length()) {
			case 0 -> 2;
			case 2 -> 4;
			case 4 -> 6;
			default -> 9;
		};
	}

	/** The level below the actor's region scope; townships for any other kind of scope. */
	public static int lowerLevelLength(Actor actor) {
		return actor.scope().regionPrefix().map(Tallies::lowerLevelLength).orElse(9);
	}

}
