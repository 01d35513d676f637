package org.ohsonline.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The published results of case-file review (案卷评查) for the portal, without login: each round's region, period,
 * sample (with the seed anyone can recompute it from) and the results by division — no reviewer, no person, no score
 * of a single file.
 */
public interface PublicReviews {

	/**
	 * A round as published.
	 *
	 * @param average the mean final score of the files scored, {@code null} while none is
	 */
	record PublishedRound(String publicCode, String regionCode, LocalDate from, LocalDate to, int frame, int sampleSize,
			String seed, String rubricEdition, long files, long scored, BigDecimal average,
			List<CaseReviews.RegionResult> results) {

		public PublishedRound {
			results = List.copyOf(results);
		}

	}

	/** The latest rounds (100 at most), of one region and below when given, newest first. */
	List<PublishedRound> rounds(String region);

}
