package org.ohsonline.training;

import java.time.Instant;
import java.util.List;

/**
 * A learner on a course version, with progress per lesson, attempts and the certificate when earned.
 *
 * @param resumeLessonId the lesson to go on with: the first not yet completed, else the last viewed
 * @param quizOpen whether every lesson's minimum viewing time is reached, so a paper may be opened
 * @param attemptsLeft papers the learner may still submit
 */
public record EnrolmentView(long id, long courseId, String courseTitle, int courseVersion, Audience audience,
		String learnerName, Long learnerWorkerId, String employerName, String regionCode, Instant enrolledAt,
		Instant completedAt, List<Progress> progress, Long resumeLessonId, boolean quizOpen, int attemptsLeft,
		List<AttemptView> attempts, CertificateView certificate) {

	public EnrolmentView {
		progress = List.copyOf(progress);
		attempts = List.copyOf(attempts);
	}

	/** One lesson's progress: seconds credited, where the learner was (video position), whether done. */
	public record Progress(long lessonId, String title, LessonKind kind, int minSeconds, int viewedSeconds,
			int positionSeconds, boolean completed) {

		public int percent() {
			return this.minSeconds == 0 ? (this.completed ? 100 : 0)
					: Math.min(100, this.viewedSeconds * 100 / this.minSeconds);
		}

	}

	public int completedLessons() {
		return (int) this.progress.stream().filter(Progress::completed).count();
	}

}
