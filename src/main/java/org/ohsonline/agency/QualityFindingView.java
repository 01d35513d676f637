package org.ohsonline.agency;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A finding on a sampled report, raised by the reviewer (on a rubric criterion) or by the platform's
 * recomputation, answered by the organisation and closed by a reviewer.
 * @param origin REVIEWER or RECOMPUTATION
 * @param status OPEN, ANSWERED or CLOSED
 */
@Schema(name = "AgencyQualityFinding")
public record QualityFindingView(long id, long sampleId, long agencyId, String origin, String criterion,
		String text, String status, String raisedBy, Instant raisedAt, String answer, String answerDocumentName,
		String answerDocumentSha256, String answeredBy, Instant answeredAt, String closingNote, String closedBy,
		Instant closedAt) {
}
