package org.ohsonline.training;

/** A lesson: its text (TEXT) or file (the others), and the viewing time it needs. */
public record LessonView(long id, long courseId, int position, LessonKind kind, String title, String body,
		String fileName, String contentType, Long fileSize, int minSeconds) {
}
