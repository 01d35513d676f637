package org.ohsonline.radiation;

import java.time.LocalDate;

/** The employer's radiation licence (放射诊疗许可证 / 辐射安全许可证): number, issuer and validity. */
public record LicenceCommand(String licenceNo, String issuedBy, LocalDate validFrom, LocalDate validTo) {
}
