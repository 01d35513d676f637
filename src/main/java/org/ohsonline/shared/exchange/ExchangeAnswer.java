package org.ohsonline.shared.exchange;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ohsonline.shared.InvalidInputException.FieldError;

/**
 * The answer to a received document, per record and per element, the same for every business type.
 *
 * @param replayed whether it is the stored answer to the same document received before
 */
public record ExchangeAnswer(String documentId, BusinessType type, boolean replayed, List<Record> records) {

	public static final String CREATED = "created";

	public static final String UPDATED = "updated";

	public static final String UNCHANGED = "unchanged";

	public static final String REJECTED = "rejected";

	public ExchangeAnswer {
		records = List.copyOf(records);
	}

	/** A problem of one element of a record: its path inside the record and a message code. */
	public record Problem(String element, String code, List<Object> arguments) {

		public Problem {
			arguments = arguments == null ? List.of() : List.copyOf(arguments);
		}

		public static Problem of(FieldError error) {
			return new Problem(error.field(), error.code(), error.arguments());
		}

	}

	/**
	 * What became of one record.
	 * @param index its position in the document, from 1
	 * @param recordId its {@code ID} attribute, if any
	 * @param status {@link #CREATED}, {@link #UPDATED}, {@link #UNCHANGED} or {@link #REJECTED}
	 * @param id the platform's id of what the record became, if anything
	 * @param reference what users know it by (a credit code, a number)
	 */
	public record Record(int index, String recordId, String status, Long id, String reference, List<Problem> errors) {

		public Record {
			errors = errors == null ? List.of() : List.copyOf(errors);
		}

		public static Record rejected(int index, String recordId, List<FieldError> errors) {
			// One problem per element: the first is the cause, the others follow from it.
			Map<String, Problem> byElement = new LinkedHashMap<>();
			for (FieldError e : errors) {
				byElement.putIfAbsent(e.field() + "|" + e.code(), Problem.of(e));
			}
			return new Record(index, recordId, REJECTED, null, null, List.copyOf(byElement.values()));
		}

	}

	public long count(String status) {
		return this.records.stream().filter(r -> status.equals(r.status())).count();
	}

	public long rejected() {
		return count(REJECTED);
	}

	public long accepted() {
		return this.records.size() - rejected();
	}

	ExchangeAnswer replay() {
		return new ExchangeAnswer(this.documentId, this.type, true, this.records);
	}

}
