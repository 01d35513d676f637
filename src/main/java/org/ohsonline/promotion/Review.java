package org.ohsonline.promotion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * The expert panel's on-site review: the day of the visit, a note, and per item the points found and, for a
 * mandatory item, whether it is met.
 */
@io.swagger.v3.oas.annotations.media.Schema(name = "HealthyReview")
public record Review(LocalDate visitedOn, String note, Map<String, Entry> items) {

	public Review {
		items = items == null ? Map.of() : Map.copyOf(items);
	}

	@io.swagger.v3.oas.annotations.media.Schema(name = "HealthyReviewEntry")
	public record Entry(BigDecimal points, Boolean met, String note) {
	}

}
