package org.ohsonline.surveillance;

import java.util.List;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException.FieldError;

/**
 * Batches of exams submitted by an institution's system, idempotent per caller and key: the first
 * submission records every valid exam and rejects the others with their errors, in one transaction
 * with the stored answer; a replay with the same key and the same request gets the stored answer and
 * records nothing; the same key with another request is refused.
 */
public interface ExamSubmissions {

	/**
	 * One record of a batch: the command, or the problems already found reading it.
	 */
	record Entry(ExamCommand command, List<FieldError> readErrors) {

		public Entry {
			readErrors = readErrors == null ? List.of() : List.copyOf(readErrors);
		}

	}

	/** What became of one record. */
	record Outcome(int index, String status, Long examId, String number, List<FieldError> errors) {

		public static final String CREATED = "created";

		public static final String REJECTED = "rejected";

	}

	/**
	 * The answer to a batch.
	 * @param replayed whether it is the stored answer to an earlier submission with the same key
	 */
	record Result(List<Outcome> outcomes, boolean replayed) {

		public long created() {
			return this.outcomes.stream().filter(o -> Outcome.CREATED.equals(o.status())).count();
		}

	}

	/**
	 * Submits a batch.
	 * @param requestSha256 the SHA-256 of the request body, to tell a replay from a reuse of the key
	 * @throws KeyReusedException when the key was used for another request
	 */
	Result submit(Actor actor, String idempotencyKey, String requestSha256, List<Entry> entries);

	/** The key was used before with a different request. */
	class KeyReusedException extends RuntimeException {

		public KeyReusedException(String key) {
			super("Idempotency-Key " + key + " was used with a different request");
		}

	}

}
