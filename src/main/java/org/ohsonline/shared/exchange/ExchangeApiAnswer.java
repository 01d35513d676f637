package org.ohsonline.shared.exchange;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.context.MessageSource;

/**
 * The JSON answer of every exchange import endpoint: per record, per element, with the message in the
 * caller's language.
 */
@Schema(name = "ExchangeImportAnswer", description = "The answer to an exchange document, per record and element; "
		+ "replayed when it is the stored answer to the same document sent before")
public record ExchangeApiAnswer(String documentId, String businessType, int received, long accepted, long rejected,
		boolean replayed, List<RecordAnswer> results) {

	/** One record: its position (from 1), its ID attribute, what became of it and its problems. */
	@Schema(name = "ExchangeImportRecord")
	public record RecordAnswer(int index, String recordId, String status, Long id, String reference,
			List<ProblemAnswer> errors) {
	}

	/** One problem: the element (path inside the record), the code and the message. */
	@Schema(name = "ExchangeImportProblem")
	public record ProblemAnswer(String element, String code, String message) {
	}

	public static ExchangeApiAnswer of(ExchangeAnswer answer, MessageSource messages, Locale locale) {
		List<RecordAnswer> records = answer.records()
			.stream()
			.map(r -> new RecordAnswer(r.index(), r.recordId(), r.status(), r.id(), r.reference(),
					r.errors()
						.stream()
						.map(e -> new ProblemAnswer(e.element(), e.code(),
								messages.getMessage(e.code(), e.arguments().toArray(), e.code(), locale)))
						.toList()))
			.toList();
		return new ExchangeApiAnswer(answer.documentId(), answer.type().name(), records.size(), answer.accepted(),
				answer.rejected(), answer.replayed(), records);
	}

}
