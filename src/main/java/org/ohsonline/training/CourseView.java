package org.ohsonline.training;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A course version with its lessons.
 *
 * @param seriesId the course across its versions
 * @param hoursRuleEdition the edition of the required-hours rule the course was made under
 * @param requiredHours the hours of a first training that rule asks of the audience
 * @param validityMonths how long the certificates of this version are valid (0: no expiry)
 * @param questionCount the size of the quiz bank
 */
public record CourseView(long id, long seriesId, int version, CourseStatus status, String title, String summary,
		Audience audience, List<String> hazardCodes, BigDecimal hours, String hoursRuleEdition,
		BigDecimal requiredHours, int validityMonths, int passMark, int paperSize, int minQuizSeconds, int maxAttempts,
		String regionCode, String authorName, Instant publishedAt, List<LessonView> lessons, int questionCount) {

	public CourseView {
		hazardCodes = List.copyOf(hazardCodes);
		lessons = List.copyOf(lessons);
	}

	/** The seconds of viewing all lessons need together. */
	public int minSeconds() {
		return this.lessons.stream().mapToInt(LessonView::minSeconds).sum();
	}

}
