package org.ohsonline.registry.web;

import java.util.HashMap;
import java.util.Map;

import org.ohsonline.reference.Divisions;
import org.ohsonline.reference.HazardFactor;
import org.ohsonline.reference.HazardFactors;
import org.ohsonline.reference.Industries;
import org.ohsonline.reference.Industry;

/**
 * Names of regions, industries and hazard factors for one request: a list page of 20 employers
 * from three townships asks the catalogs three times, not twenty. Not a bean, so nothing outlives
 * the request (catalog versions can change between requests).
 */
public final class Names {

	private final Divisions divisions;

	private final Industries industries;

	private final HazardFactors hazards;

	private final Map<String, String> regions = new HashMap<>();

	private final Map<String, String> industryNames = new HashMap<>();

	private final Map<String, String> hazardNames = new HashMap<>();

	Names(Divisions divisions, Industries industries, HazardFactors hazards) {
		this.divisions = divisions;
		this.industries = industries;
		this.hazards = hazards;
	}

	/** "浙江省 杭州市 拱墅区"; the code when the catalog does not know it. */
	public String region(String code) {
		if (code == null || code.isEmpty()) {
			return "";
		}
		return this.regions.computeIfAbsent(code, this.divisions::fullName);
	}

	public String industry(String code) {
		if (code == null || code.isEmpty()) {
			return "";
		}
		return this.industryNames.computeIfAbsent(code,
				c -> this.industries.findIndustry(c).map(Industry::name).orElse(c));
	}

	public String hazard(String code) {
		if (code == null || code.isEmpty()) {
			return "";
		}
		return this.hazardNames.computeIfAbsent(code, c -> this.hazards.findFactor(c).map(HazardFactor::name).orElse(c));
	}

}
