package org.ohsonline.declaration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A declaration with its items and history.
 *
 * @param workforce the employer's workforce (劳动者总人数) as the register held it when the declaration was
 * last saved; {@code null} for declarations made before the platform recorded it
 * @param totalExposed the workers exposed to any declared factor, each counted once; {@code null} for a
 * declaration made before the platform asked for it (it then summed the factors' headcounts, which
 * counts a worker exposed to several factors several times)
 * @param receiptCode the verification code of the receipt, once accepted
 */
public record DeclarationView(long id, String number, long employerId, String creditCode, String employerName,
		String regionCode, String address, DeclarationKind kind, List<String> reasons, DeclarationStatus status,
		String measures, List<Item> items, Integer workforce, Integer totalExposed, DeclarationManagement management,
		Instant createdAt, Instant submittedAt,
		Instant reviewedAt, String reviewerName, String returnReason, LocalDate acceptedOn, String receiptNumber,
		String receiptCode, String receiptSha256, List<HistoryEntry> history) {

	/** The sum of the factors' headcounts: person-times, not people (a worker exposed to two factors counts twice). */
	public int personTimes() {
		return this.items.stream().mapToInt(Item::exposedHeadcount).sum();
	}

	/** A declared hazard factor with its catalog name. */
	@Schema(name = "DeclarationItemView")
	public record Item(String hazardCode, String hazardName, int exposedHeadcount, String posts, String measures) {
	}

	/** A step in the declaration's life: created, submitted, returned (note = the reasons), accepted. */
	@Schema(name = "DeclarationHistoryEntry")
	public record HistoryEntry(Instant at, String action, String actorName, String note) {
	}

}
