package org.ohsonline.agency;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A reviewer's scores of a sampled report: one mark per rubric criterion (0 up to its points) with an optional
 * finding text, which is sent to the organisation; {@code falsified}: the rubric outcome "falsified report", which
 * proposes a blacklist entry (职业病防治法 第八十条第（三）项); absent means not falsified.
 */
@Schema(name = "AgencyQualityReviewCommand")
public record QualityReviewCommand(List<Mark> marks, Boolean falsified, String note) {

	@Schema(name = "AgencyQualityReviewMark")
	public record Mark(String criterion, BigDecimal points, String finding) {
	}

}
