package org.ohsonline.enforcement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ohsonline.shared.Actor;

/**
 * Case-file review (案卷评查). A round samples the closed cases of a region filed in a period by algorithm
 * {@code OHS-REVIEW-1}: seed = SHA-256 of {@code OHS-REVIEW-1|region|from|to}, the cases ordered by SHA-256 of
 * {@code seed|V|action code}, the first n — anyone can recompute it. Two reviewers score each file on the rubric
 * catalog ({@code case-review-rubric}) without seeing the other's scores until both have submitted; items where they
 * differ by more than the rubric's dispute points are discussed and agreed, with the record; a file's score is the
 * mean of the two, agreed points on disputed items. Results are given by division.
 */
public interface CaseReviews {

	record Rubric(String edition, List<Item> items, BigDecimal disputePoints) {

		public record Item(String code, String name, BigDecimal points) {
		}

	}

	record Round(long id, String publicCode, String regionCode, LocalDate from, LocalDate to, int sampleSize, int frame,
			String seed, String rubricEdition, String createdBy, Instant createdAt, List<File> files,
			List<RegionResult> results) {
	}

	/**
	 * A sampled file as the caller may see it.
	 *
	 * @param myScores the caller's own submitted scores, by item
	 * @param otherScores the other reviewer's scores, only once both have submitted (blind until then)
	 * @param disputed items whose two scores differ by more than the dispute points, not yet agreed
	 * @param finalScore once both submitted and every disputed item agreed
	 */
	record File(long caseId, int seq, String actionCode, String regionCode, int reviewers, boolean submittedByMe,
			Map<String, BigDecimal> myScores, Map<String, BigDecimal> otherScores, List<String> disputed,
			Map<String, BigDecimal> agreed, BigDecimal finalScore) {
	}

	record RegionResult(String regionCode, int files, int scored, BigDecimal average) {
	}

	Rubric rubric(LocalDate on);

	List<Round> rounds(Actor actor);

	Round find(Actor actor, long id);

	/** Samples a round; refused when the region is outside the scope, the period inverted, or no closed case is in it. */
	Round draw(Actor actor, String region, LocalDate from, LocalDate to, Integer sampleSize);

	/** The caller's scores for every rubric item (0 … the item's points); once per reviewer, two reviewers a file. */
	Round score(Actor actor, long roundId, long caseId, Map<String, BigDecimal> scores);

	/** The agreed points of a disputed item and the record of the discussion. */
	Round agree(Actor actor, long roundId, long caseId, String itemCode, BigDecimal agreed, String record);

	/** The latest final score of a case in the caller's scope, if it was reviewed. */
	Optional<BigDecimal> scoreOf(Actor actor, long caseId);

}
