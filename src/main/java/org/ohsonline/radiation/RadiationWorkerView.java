package org.ohsonline.radiation;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/** A radiation worker as lists and the API show them: name and identity number masked. */
@Schema(name = "RadiationWorker")
public record RadiationWorkerView(long id, long workerId, long employerId, String employerName, String regionCode,
		String nameMasked, String idNumberMasked, String categoryCode, String categoryName, Long postId, long agencyId,
		String agencyName, LocalDate monitoredFrom, LocalDate monitoredTo) {
}
