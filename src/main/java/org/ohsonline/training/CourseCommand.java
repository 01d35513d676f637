package org.ohsonline.training;

import java.math.BigDecimal;
import java.util.List;

/**
 * A course's settings as the author gives them.
 *
 * @param hazardCodes for a worker course, the hazard factors it is for (empty: every worker)
 * @param passMark the percentage of right answers needed to pass (1–100)
 * @param paperSize how many questions a paper draws from the bank
 * @param minQuizSeconds the least time between opening a paper and submitting it
 * @param maxAttempts how many papers a learner may submit
 */
public record CourseCommand(String title, String summary, Audience audience, List<String> hazardCodes,
		BigDecimal hours, Integer passMark, Integer paperSize, Integer minQuizSeconds, Integer maxAttempts) {

	public CourseCommand {
		hazardCodes = hazardCodes == null ? List.of() : List.copyOf(hazardCodes);
	}

}
