package org.ohsonline.radiation;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/** An employer's radiation licence and whether it is valid on the day it is read. */
@Schema(name = "RadiationLicence")
public record LicenceView(long employerId, String employerName, String regionCode, String licenceNo, String issuedBy,
		LocalDate validFrom, LocalDate validTo, boolean valid) {
}
