package org.ohsonline.training;

/** What a lesson is: text written in the course (a safe subset of markup), or a file of one of the kinds. */
public enum LessonKind {

	TEXT, DOCUMENT, VIDEO, IMAGE;

	public boolean file() {
		return this != TEXT;
	}

}
