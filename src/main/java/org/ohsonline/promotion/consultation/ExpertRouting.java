package org.ohsonline.promotion.consultation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the expert for a request: an active expert of the request's field whose region covers the
 * request's; the most local one first (the longest region code: a county's expert before the city's, the
 * city's before the province's), then the one with fewest open requests, then the lowest id — so the same
 * state always gives the same expert.
 */
final class ExpertRouting {

	private ExpertRouting() {
	}

	static Optional<Consultation.Expert> choose(List<Consultation.Expert> experts, String field, String region) {
		return experts.stream()
			.filter(Consultation.Expert::active)
			.filter(e -> e.fields().contains(field))
			.filter(e -> region != null && region.startsWith(e.regionCode()))
			.min(Comparator.comparingInt((Consultation.Expert e) -> -e.regionCode().length())
				.thenComparingLong(Consultation.Expert::openRequests)
				.thenComparingLong(Consultation.Expert::userId));
	}

}
