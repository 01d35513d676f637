package org.ohsonline.registry.internal.synthetic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ohsonline.reference.CatalogEntry;
import org.ohsonline.reference.Catalogs;
import org.ohsonline.reference.Division;
import org.ohsonline.reference.Divisions;
import org.ohsonline.reference.HazardFactors;
import org.ohsonline.reference.Industries;
import org.ohsonline.reference.Industry;
import org.ohsonline.shared.RegionCode;

/**
 * What the generator reads from the catalogs in force, read once per run in a fixed order (by
 * code) so that a seed gives the same register for the same catalogs.
 *
 * @param counties the county-level divisions to generate into, with their townships and weights
 * @param idPrefixes every county code of the province, for workers born elsewhere in it
 * @param classes the 4-digit industry classes of each division the profiles use, by code
 * @param hazards the hazard codes of the profiles that the catalog in force knows
 * @param economicTypes leaf codes of the economic-types catalog with weights (empty when the
 * catalog is not loaded)
 */
record CatalogSnapshot(List<County> counties, List<String> idPrefixes, Map<String, List<Industry>> classes,
		Set<String> hazards, List<Weighted> economicTypes) {

	record County(String code, String name, String cityName, List<Division> townships, double weight, boolean urban) {
	}

	record Weighted(String code, int weight) {
	}

	/**
	 * Economic weight of each city of Zhejiang (roughly its share of industrial enterprises): the
	 * generator's assumption; a city not listed weighs 3.
	 */
	private static final Map<String, Integer> CITY_WEIGHTS = Map.ofEntries(Map.entry("3301", 20), Map.entry("3302", 18),
			Map.entry("3303", 14), Map.entry("3304", 9), Map.entry("3305", 6), Map.entry("3306", 10),
			Map.entry("3307", 11), Map.entry("3308", 3), Map.entry("3309", 2), Map.entry("3310", 9),
			Map.entry("3311", 3));

	/** Central districts where services dominate even more than in other districts. */
	private static final Set<String> CORE_DISTRICTS = Set.of("330102", "330105", "330106", "330108", "330203",
			"330302", "330402", "330502", "330602", "330702");

	static CatalogSnapshot read(String regionCode, Divisions divisions, Industries industries, HazardFactors hazardFactors,
			Catalogs catalogs) {
		String province = regionCode.substring(0, 2);
		List<Division> countiesOfProvince = new ArrayList<>();
		Map<String, String> cityNames = new java.util.HashMap<>();
		for (Division city : sorted(divisions.children(province))) {
			countiesOfProvince.addAll(sorted(divisions.children(city.code())));
			cityNames.put(city.code(), city.name());
		}
		List<County> counties = new ArrayList<>();
		for (Division county : countiesOfProvince) {
			if (!county.code().startsWith(regionCode) && !regionCode.startsWith(county.code())) {
				continue;
			}
			List<Division> townships = sorted(divisions.children(county.code()));
			if (townships.isEmpty()) {
				continue;
			}
			boolean urban = county.name().endsWith("区");
			double weight = CITY_WEIGHTS.getOrDefault(county.code().substring(0, 4), 3)
					* (urban ? (CORE_DISTRICTS.contains(county.code()) ? 1.2 : 1.0) : 0.9);
			String cityName = cityNames.getOrDefault(county.code().substring(0, 4), county.name());
			counties.add(new County(county.code(), county.name(), cityName, townships, weight, urban));
		}
		if (counties.isEmpty()) {
			throw new IllegalStateException("The divisions catalog in force has no county with townships under "
					+ regionCode + "; load the divisions catalog first");
		}
		Set<String> divisionCodes = new java.util.TreeSet<>();
		divisionCodes.addAll(IndustryProfiles.INDUSTRIAL_COUNTY.keySet());
		divisionCodes.addAll(IndustryProfiles.URBAN_DISTRICT.keySet());
		Map<String, List<Industry>> classes = new LinkedHashMap<>();
		for (String division : divisionCodes) {
			List<Industry> found = new ArrayList<>();
			collectClasses(industries, division, found);
			found.sort(Comparator.comparing(Industry::code));
			if (!found.isEmpty()) {
				classes.put(division, List.copyOf(found));
			}
		}
		Set<String> hazards = new HashSet<>();
		for (String code : IndustryProfiles.hazardCodes()) {
			if (hazardFactors.findFactor(code).isPresent()) {
				hazards.add(code);
			}
		}
		return new CatalogSnapshot(List.copyOf(counties),
				countiesOfProvince.stream().map(Division::code).toList(), classes, Set.copyOf(hazards),
				economicTypes(catalogs));
	}

	private static void collectClasses(Industries industries, String code, List<Industry> into) {
		for (Industry child : industries.childIndustries(code)) {
			if (child.level() >= 4) {
				into.add(child);
			}
			else {
				collectClasses(industries, child.code(), into);
			}
		}
	}

	/**
	 * Leaf economic types, weighted by what registers mostly hold: private and limited-liability
	 * companies far ahead of state, collective and foreign ones.
	 */
	private static List<Weighted> economicTypes(Catalogs catalogs) {
		if (catalogs.catalog("economic-types").isEmpty()) {
			return List.of();
		}
		List<CatalogEntry> entries = catalogs.entriesInForce("economic-types", "", 10_000);
		Set<String> parents = new HashSet<>();
		entries.forEach(e -> parents.add(e.parentCode()));
		List<Weighted> result = new ArrayList<>();
		entries.stream().sorted(Comparator.comparing(CatalogEntry::code)).forEach(entry -> {
			if (parents.contains(entry.code())) {
				return;
			}
			String name = entry.name();
			int weight = name.contains("私营") ? 60 : name.contains("有限责任") ? 20 : name.contains("股份") ? 6
					: name.contains("外") || name.contains("港") || name.contains("台") ? 2 : 1;
			result.add(new Weighted(entry.code(), weight));
		});
		return List.copyOf(result);
	}

	private static List<Division> sorted(List<Division> divisions) {
		return divisions.stream()
			.filter(d -> RegionCode.isValid(d.code()))
			.sorted(Comparator.comparing(Division::code))
			.toList();
	}

}
