package org.ohsonline.radiation;

import io.swagger.v3.oas.annotations.media.Schema;

/** A dose record in a list: the person masked and the band instead of the values. */
@Schema(name = "RadiationDoseSummary")
public record DoseSummary(long id, long radiationWorkerId, String nameMasked, String idNumberMasked, String employerName,
		String regionCode, String agencyName, String period, DoseBand band) {
}
