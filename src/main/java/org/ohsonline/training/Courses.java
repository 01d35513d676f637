package org.ohsonline.training;

import java.util.List;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

/**
 * Courses and their versions. Learners see the published versions of their region (a province's courses
 * everywhere in it, a county's in the county); authors (supervisors, CDC staff) also the drafts and
 * versions of courses in their jurisdiction. Every write is audited in its transaction; bad input is
 * refused with field errors and changes nothing.
 */
public interface Courses {

	/** Courses by title and audience; {@code region}: those authored in that region (inside the actor's scope). */
	Page<CourseView> search(Actor actor, String q, Audience audience, String region, PageQuery page);

	CourseView find(Actor actor, long id);

	/** Creates a draft (version 1) in the author's region, under the required-hours rule in force. */
	CourseView create(Actor actor, CourseCommand command);

	/** Changes a draft's settings. */
	CourseView update(Actor actor, long id, CourseCommand command);

	/** Adds a text lesson to a draft ({@code body}: paragraphs, {@code # } headings, {@code - } list items). */
	LessonView addText(Actor actor, long courseId, String title, String body, Integer minSeconds);

	/**
	 * Adds a file lesson to a draft: a PDF, a video (MP4 or WebM) or an image (PNG, JPEG), recognised by
	 * its content (the name and declared type are ignored) and size-capped. Stored as uploaded; video is
	 * never transcoded.
	 */
	LessonView addFile(Actor actor, long courseId, String title, String fileName, byte[] content, Integer minSeconds);

	/** Removes a lesson from a draft. */
	void removeLesson(Actor actor, long courseId, long lessonId);

	/** Adds a single-choice question (2–6 options, {@code correct} their index from 0) to a draft's bank. */
	QuestionView addQuestion(Actor actor, long courseId, String text, List<String> options, Integer correct);

	List<QuestionView> questions(Actor actor, long courseId);

	/**
	 * Publishes a draft: it needs a lesson and a bank at least as large as the paper. The version published
	 * before it is superseded: its learners finish on it and keep their certificates.
	 */
	CourseView publish(Actor actor, long id);

	/** The draft of the next version of a published course (lessons and questions copied), or the open draft. */
	CourseView newVersion(Actor actor, long id);

	/** A lesson's file, for a learner of the course or its author. */
	LessonFile lessonFile(Actor actor, long lessonId);

}
