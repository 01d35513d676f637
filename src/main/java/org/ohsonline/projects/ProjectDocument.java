package org.ohsonline.projects;

import java.time.Instant;

/** A document attached to a stage: its name, the type recognised from its content, size and SHA-256. */
@io.swagger.v3.oas.annotations.media.Schema(name = "ProjectDocument")
public record ProjectDocument(long id, Stage stage, String fileName, String contentType, long sizeBytes, String sha256,
		Instant uploadedAt) {
}
