package org.ohsonline.radiation;

/**
 * The filters of the radiation lists, bound as one record: region (narrowed to the caller's scope), free text
 * (employer name), period ({@code 2026Q3}), status (investigations: OPEN/ANSWERED; doses: a {@link DoseBand}) and
 * occupational category.
 */
public record RadiationFilter(String region, String q, String period, String status, String category) {

	public static RadiationFilter none() {
		return new RadiationFilter(null, null, null, null, null);
	}

}
