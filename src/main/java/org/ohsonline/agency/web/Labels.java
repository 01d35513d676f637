package org.ohsonline.agency.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ohsonline.reference.Divisions;
import org.ohsonline.reference.HazardFactor;
import org.ohsonline.reference.HazardFactors;

/**
 * Names of regions, hazard categories and factors for one request (not a bean: catalog versions
 * can change between requests).
 */
public final class Labels {

	private final Divisions divisions;

	private final HazardFactors hazards;

	private final Map<String, String> regions = new HashMap<>();

	private Map<String, String> categories;

	private final Map<String, String> factors = new HashMap<>();

	Labels(Divisions divisions, HazardFactors hazards) {
		this.divisions = divisions;
		this.hazards = hazards;
	}

	/** Names the regions of a page's rows in one go (else each costs a query per level). */
	void preloadRegions(java.util.Collection<String> codes) {
		this.regions.putAll(this.divisions.fullNames(codes));
	}

	public String region(String code) {
		return code == null || code.isEmpty() ? "" : this.regions.computeIfAbsent(code, this.divisions::fullName);
	}

	public String category(String code) {
		if (this.categories == null) {
			this.categories = new HashMap<>();
			for (HazardFactor factor : this.hazards.factors(null)) {
				if (factor.categoryCode() != null && factor.categoryName() != null) {
					this.categories.putIfAbsent(factor.categoryCode(), factor.categoryName());
				}
			}
		}
		return this.categories.getOrDefault(code, code);
	}

	public String factor(String code) {
		return this.factors.computeIfAbsent(code, c -> this.hazards.findFactor(c).map(HazardFactor::name).orElse(c));
	}

	/** The categories of the catalog in force, by code, for pickers. */
	public List<Map.Entry<String, String>> categories() {
		category("");
		return this.categories.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
	}

}
