package org.ohsonline.promotion;

import java.time.Instant;

/** An evidence file attached to an application (optionally to one item). */
public record EvidenceFile(long id, String itemCode, String fileName, String contentType, long sizeBytes,
		Instant uploadedAt) {
}
