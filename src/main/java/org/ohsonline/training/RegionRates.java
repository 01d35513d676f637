package org.ohsonline.training;

import java.util.List;

/** Training rates of a region: the totals per audience, and per employer (paged). */
public record RegionRates(String region, List<RateLine> totals, org.ohsonline.shared.Page<Row> employers) {

	public RegionRates {
		totals = List.copyOf(totals);
	}

	/** One employer's numerators and denominators, per audience in the order PRINCIPAL, MANAGER, WORKER. */
	public record Row(long employerId, String name, String regionCode, List<RateLine> lines) {

		public Row {
			lines = List.copyOf(lines);
		}

	}

}
