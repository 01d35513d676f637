package org.ohsonline.declaration;

import java.time.LocalDate;
import java.util.List;

/**
 * The authority accepted an employer's hazard declaration and issued its receipt: the employer's
 * declared hazard factors and exposed headcount are now those of this declaration (a cancellation
 * means the employer no longer declares any). Indicators count declaration rates from it.
 *
 * @param hazardCodes the declared factors (empty for a cancellation)
 * @param totalExposed the workers exposed to any declared factor, each counted once
 * @param receiptCode the verification code of the receipt
 */
public record DeclarationAccepted(long declarationId, String number, long employerId, String creditCode,
		String regionCode, DeclarationKind kind, List<String> hazardCodes, int totalExposed, LocalDate acceptedOn,
		String receiptCode) {

	public DeclarationAccepted {
		hazardCodes = List.copyOf(hazardCodes);
	}

}
