package org.ohsonline.risk;

import java.time.Instant;

/** An evidence file of a rectification answer: kept outside the database, identified by its SHA-256. */
public record EvidenceView(long id, String fileName, String contentType, long sizeBytes, String sha256,
		Instant uploadedAt, String uploadedBy) {
}
