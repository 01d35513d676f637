package org.ohsonline.radiation;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A post of the register marked as a radiation post, with its occupational category.
 *
 * @param radiationFactorRegistered whether the register lists a factor of 放射物质类 (5001–5012) at the post: without
 * one the post's workers fall due for no radiation exam and the post is missing from the hazard declaration
 */
@Schema(name = "RadiationPost")
public record RadiationPost(long postId, String postName, String categoryCode, String categoryName,
		boolean radiationFactorRegistered) {

	/** Whether a hazard factor code is one of 放射物质类 (category 5 of the 2021 catalogue). */
	public static boolean isRadiationFactor(String hazardCode) {
		return hazardCode != null && hazardCode.length() == 4 && hazardCode.startsWith("5");
	}

}
