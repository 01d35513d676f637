package org.ohsonline.agency;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A report-quality draw: its frozen inputs (digest), the seed derived from them and the result digest, the
 * editions of the ratio catalog and rubric, and per organisation the level and ratio it was drawn at.
 * @param population the reports the region's organisations issued in the period
 * @param drawn the reports drawn
 * @param reviewed the drawn reports reviewed so far
 * @param organisations per organisation (empty in lists)
 */
@Schema(name = "AgencyQualityDraw")
public record QualityDrawView(long id, String regionCode, String period, LocalDate periodFrom, LocalDate periodTo,
		String algorithm, String ratioEdition, String rubricEdition, String inputsDigest, String seed,
		String resultDigest, int population, int drawn, long reviewed, String drawnBy, Instant drawnAt,
		List<Organisation> organisations) {

	public QualityDrawView {
		organisations = List.copyOf(organisations);
	}

	/** One organisation of a draw. {@code level}: A, B, C or NOT_RATED when it was drawn. */
	@Schema(name = "AgencyQualityDrawOrganisation")
	public record Organisation(long agencyId, String agencyName, AgencyKind kind, String level, BigDecimal ratio,
			int population, int drawn) {
	}

}
