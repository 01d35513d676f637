package org.ohsonline.declaration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A declaration with its items and history.
 *
 * @param receiptCode the verification code of the receipt, once accepted
 */
public record DeclarationView(long id, String number, long employerId, String creditCode, String employerName,
		String regionCode, String address, DeclarationKind kind, List<String> reasons, DeclarationStatus status,
		String measures, List<Item> items, int totalExposed, Instant createdAt, Instant submittedAt,
		Instant reviewedAt, String reviewerName, String returnReason, LocalDate acceptedOn, String receiptNumber,
		String receiptCode, String receiptSha256, List<HistoryEntry> history) {

	/** A declared hazard factor with its catalog name. */
	@Schema(name = "DeclarationItemView")
	public record Item(String hazardCode, String hazardName, int exposedHeadcount, String posts, String measures) {
	}

	/** A step in the declaration's life: created, submitted, returned (note = the reasons), accepted. */
	@Schema(name = "DeclarationHistoryEntry")
	public record HistoryEntry(Instant at, String action, String actorName, String note) {
	}

}
