package org.ohsonline.shared;

import java.util.List;

/**
 * Input that breaks a rule. Carries one error per field, each as a message code with arguments,
 * so the UI can show it beside the field and the API can list it, in the caller's language.
 */
public class InvalidInputException extends RuntimeException {

	/**
	 * An error on one field ({@code null} field for the input as a whole). Serializable: it travels as a
	 * flash attribute in the console session, which is kept in the database.
	 */
	public record FieldError(String field, String code, List<Object> arguments) implements java.io.Serializable {

		/** An absent argument (the value that was missing) is shown as nothing rather than failing. */
		public FieldError {
			arguments = arguments == null ? List.of()
					: arguments.stream().map(a -> a == null ? (Object) "" : a).toList();
		}

		public static FieldError of(String field, String code, Object... arguments) {
			return new FieldError(field, code, arguments == null ? null : java.util.Arrays.asList(arguments));
		}

	}

	private final List<FieldError> errors;

	public InvalidInputException(List<FieldError> errors) {
		super("Invalid input: " + errors);
		this.errors = List.copyOf(errors);
	}

	public static InvalidInputException of(String field, String code, Object... arguments) {
		return new InvalidInputException(List.of(FieldError.of(field, code, arguments)));
	}

	public List<FieldError> errors() {
		return this.errors;
	}

}
