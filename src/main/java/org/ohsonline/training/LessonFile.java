package org.ohsonline.training;

import org.springframework.core.io.Resource;

/** A lesson's file to serve: the stored content (a resource, so that HTTP range requests are answered), its sniffed type and name. */
public record LessonFile(Resource resource, String contentType, String fileName) {
}
