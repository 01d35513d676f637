package org.ohsonline.training;

import java.time.Instant;
import java.util.List;

/**
 * An open quiz paper: its questions drawn at random from the bank, without the right answers.
 *
 * @param submittableFrom the earliest moment a submission is accepted (opened + the course's minimum)
 */
public record Paper(long attemptId, long enrolmentId, String courseTitle, int number, int passMark,
		Instant startedAt, Instant submittableFrom, List<Question> questions) {

	public Paper {
		questions = List.copyOf(questions);
	}

	public record Question(long id, String text, List<String> options) {

		public Question {
			options = List.copyOf(options);
		}

	}

}
