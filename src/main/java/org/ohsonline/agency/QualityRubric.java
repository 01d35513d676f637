package org.ohsonline.agency;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** The rubric criteria that apply to a kind of report, from one edition of {@code report-review-rubric}. */
@Schema(name = "AgencyQualityRubric")
public record QualityRubric(String edition, List<Criterion> criteria) {

	public QualityRubric {
		criteria = List.copyOf(criteria);
	}

	/**
	 * A reviewed report's score: the points awarded out of 100 of the criteria's points, one decimal, half up; 100
	 * when the criteria carry no points.
	 */
	public static BigDecimal score(BigDecimal maximum, BigDecimal awarded) {
		return maximum.signum() == 0 ? BigDecimal.valueOf(100)
				: awarded.multiply(BigDecimal.valueOf(100)).divide(maximum, 1, RoundingMode.HALF_UP);
	}

	@Schema(name = "AgencyQualityRubricCriterion")
	public record Criterion(String code, String name, BigDecimal points, String basis) {
	}

}
