package org.ohsonline.training;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A question of the managers' board with its answers.
 *
 * @param employerName the asker's employer; {@code null} when the reader sees it only as part of the knowledge base
 * @param askerName who asked; {@code null} likewise
 * @param bestAnswerId the best answer, once chosen (the question is then in the knowledge base)
 * @param mayAnswer whether the reader may answer it
 * @param mayChooseBest whether the reader may mark the best answer
 */
public record BoardQuestion(long id, String regionCode, String employerName, String askerName, String title,
		String body, Instant askedAt, Long bestAnswerId, Instant resolvedAt, int answerCount, List<Answer> answers,
		boolean mayAnswer, boolean mayChooseBest) {

	public BoardQuestion {
		answers = answers == null ? List.of() : List.copyOf(answers);
	}

	public boolean resolved() {
		return this.bestAnswerId != null;
	}

	/** An answer, by a supervisor or an expert. */
	@Schema(name = "BoardQuestionAnswer")
	public record Answer(long id, String authorName, AuthorKind authorKind, String body, Instant answeredAt) {
	}

	public enum AuthorKind {

		SUPERVISOR, EXPERT

	}

	/** The board's filter: words, open / resolved / all, and a region inside the scope ({@code null}: all of it). */
	public record Filter(String q, Status status, String region) {
	}

	public enum Status {

		OPEN, RESOLVED

	}

}
