package org.ohsonline.agency;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A sampled report: the delivery it is (a reviewed testing job's report, an exam batch), the platform's
 * recomputation of it, the reviewer's scores per criterion and the findings with the organisation's answers.
 * @param status DRAWN (awaiting review) or REVIEWED
 * @param recomputation AGREES, DISAGREES (flagged) or NOT_RECOMPUTED (exam batches: rubric only)
 * @param differences the posts whose recomputed conclusion differs from the report's, with the figures
 * @param score the rubric score 0-100 ({@code null} before the review)
 */
@Schema(name = "AgencyQualitySample")
public record QualitySampleView(long id, long drawId, String period, int seq, long deliveryId, long agencyId,
		String agencyName, AgencyKind agencyKind, String regionCode, DeliveryKind kind, String subjectKey,
		String subjectNumber, String employerName, LocalDate deliveredOn, String status, String recomputation,
		List<PostDifference> differences, BigDecimal score, List<CriterionScore> criteria, boolean falsified,
		String reviewNote, String reviewedBy, Instant reviewedAt, long openFindings,
		List<QualityFindingView> findings) {

	public QualitySampleView {
		differences = List.copyOf(differences);
		criteria = List.copyOf(criteria);
		findings = List.copyOf(findings);
	}

	public boolean flagged() {
		return "DISAGREES".equals(this.recomputation);
	}

	public boolean reviewed() {
		return "REVIEWED".equals(this.status);
	}

	/** A post whose stated conclusion the recomputation contradicts. */
	@Schema(name = "AgencyQualityPostDifference")
	public record PostDifference(String post, String stated, String recomputed, String figures) {
	}

	/** One rubric criterion as scored. */
	@Schema(name = "AgencyQualityCriterionScore")
	public record CriterionScore(String criterion, String name, BigDecimal maximum, BigDecimal awarded) {
	}

}
