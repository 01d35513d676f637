package org.ohsonline.agency;

import io.swagger.v3.oas.annotations.media.Schema;

/** A supervisor's adjustment of a rating: the level and stars that stand, and why (required). */
@Schema(name = "AgencyRatingAdjustment")
public record RatingAdjustment(CreditLevel level, Integer stars, String reason) {
}
