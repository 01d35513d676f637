package org.ohsonline.enforcement;

import org.springframework.core.io.Resource;

/** An inspection's evidence file to stream: the stored content, its sniffed type, the name it was uploaded under. */
public record InspectionFile(Resource resource, String contentType, String fileName, long sizeBytes) {
}
