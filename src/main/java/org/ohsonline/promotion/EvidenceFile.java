package org.ohsonline.promotion;

import java.time.Instant;

/** An evidence file attached to an application (optionally to one item). */
@io.swagger.v3.oas.annotations.media.Schema(name = "HealthyEvidenceFile")
public record EvidenceFile(long id, String itemCode, String fileName, String contentType, long sizeBytes,
		Instant uploadedAt) {
}
