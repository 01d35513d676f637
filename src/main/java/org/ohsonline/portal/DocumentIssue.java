package org.ohsonline.portal;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a module issues, as the public may see it: no personal data beyond the masked holder.
 *
 * @param typeKey message key of the document type (e.g. {@code declaration.receipt.type})
 * @param number the document's own number, as printed on it
 * @param issuer who issued it (the authority), as printed on it
 * @param holderMasked the holder (employer, person), already masked by the issuing module
 * @param regionCode the jurisdiction the document belongs to (audit trail)
 * @param issuedOn the date printed on it
 * @param sourceModule the issuing module
 * @param sourceId the record in the issuing module the document belongs to
 */
public record DocumentIssue(String typeKey, String number, String issuer, String holderMasked, String regionCode,
		LocalDate issuedOn, String sourceModule, String sourceId) {

	public DocumentIssue {
		Objects.requireNonNull(typeKey, "typeKey");
		Objects.requireNonNull(number, "number");
		Objects.requireNonNull(issuer, "issuer");
		Objects.requireNonNull(holderMasked, "holderMasked");
		Objects.requireNonNull(regionCode, "regionCode");
		Objects.requireNonNull(issuedOn, "issuedOn");
		Objects.requireNonNull(sourceModule, "sourceModule");
		Objects.requireNonNull(sourceId, "sourceId");
	}

}
