package org.ohsonline.agency;

import java.time.Instant;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A blacklist entry; the decision document only by its name, type, size and SHA-256.
 * @param status the status on the day it was read (an entry in force past its last day reads EXPIRED)
 */
@Schema(name = "AgencyBlacklistEntry")
public record BlacklistView(long id, long agencyId, String agencyName, AgencyKind agencyKind, String regionCode,
		BlacklistStatus status, String origin, BlacklistTrigger trigger, String reason, String legalBasis,
		LocalDate startsOn, LocalDate endsOn, String documentName, String documentType, Integer documentSize,
		String documentSha256, String proposedBy, Instant proposedAt, String decidedBy, Instant decidedAt,
		String decisionNote, String removedBy, Instant removedAt, String removalReason) {
}
