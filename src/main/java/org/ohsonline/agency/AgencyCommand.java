package org.ohsonline.agency;

import java.time.LocalDate;

/**
 * An agency or institution as registered or changed by a supervisor. Kind and credit code are
 * fixed once registered.
 *
 * @param contactPhone on a change, {@code null} keeps the stored number and blank clears it (pages
 * show it masked and cannot send it back)
 * @param certificateNumber the qualification certificate (资质证书) or filing (备案) number
 */
public record AgencyCommand(AgencyKind kind, String creditCode, String name, String regionCode, String address,
		String contactName, String contactPhone, String certificateNumber, String issuingAuthority,
		LocalDate validFrom, LocalDate validTo) {
}
