package org.ohsonline.agency;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** The rubric criteria that apply to a kind of report, from one edition of {@code report-review-rubric}. */
@Schema(name = "AgencyQualityRubric")
public record QualityRubric(String edition, List<Criterion> criteria) {

	public QualityRubric {
		criteria = List.copyOf(criteria);
	}

	@Schema(name = "AgencyQualityRubricCriterion")
	public record Criterion(String code, String name, BigDecimal points, String basis) {
	}

}
