package org.ohsonline.risk;

import java.time.LocalDate;
import java.util.List;

import org.ohsonline.shared.Actor;

/**
 * Figures of classified supervision in the actor's region: classes and lights per sub-region (province →
 * city → county → township), movements between classes per month, overdue rectifications per sub-region.
 */
public interface RiskDashboard {

	/** Classes and lights of the employers under each division directly below {@code region}. */
	List<RegionCount> distribution(Actor actor, String region);

	/** Changes of class per month and from → to, in the region, between the two days. */
	List<Movement> movements(Actor actor, String region, LocalDate from, LocalDate to);

	/**
	 * @param region the division (its code); {@code regionName} its name
	 * @param unclassified employers with a portrait and no class yet
	 */
	@io.swagger.v3.oas.annotations.media.Schema(name = "RiskRegionCount")
	record RegionCount(String region, String regionName, long jia, long yi, long bing, long unclassified, long green,
			long yellow, long red, long overdueItems, long openItems) {

		public long total() {
			return this.jia + this.yi + this.bing + this.unclassified;
		}

	}

	/** @param month {@code yyyy-MM} */
	@io.swagger.v3.oas.annotations.media.Schema(name = "RiskMovement")
	record Movement(String month, RiskClass from, RiskClass to, long employers) {
	}

}
