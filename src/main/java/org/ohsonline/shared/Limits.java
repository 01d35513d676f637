package org.ohsonline.shared;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ohsonline.shared.InvalidInputException.FieldError;

/**
 * The longest text each kind of field takes, and the one check that holds text to it. A limit per
 * kind of field rather than per form, so that the form's {@code maxlength}, the service's check and
 * the message ({@code shared.text.tooLong}: 最多 2000 字) agree everywhere. Lengths count characters
 * (code points), as a person counts them.
 */
public final class Limits {

	/** A code or number someone types: a certificate, document or sample number, a device code. */
	public static final int CODE = 64;

	/** A name or title: of a person, an organisation, a post, a workshop, a station, a token. */
	public static final int NAME = 100;

	/** An address or a one-line description. */
	public static final int LINE = 200;

	/** A note or a reason in a few sentences: a cancellation, a return, a waiver, a task's outcome. */
	public static final int NOTE = 500;

	/** A longer text: measures, conclusions and their details, explanations, recommendations, methods. */
	public static final int TEXT = 2000;

	/**
	 * The longest string any field of a request may carry, checked as a JSON body is read, before any
	 * service sees it: above every limit here, far below what would burden the database or a log.
	 */
	public static final int ANY = 10_000;

	private static final Map<String, Integer> BY_NAME = Map.of("code", CODE, "name", NAME, "line", LINE, "note", NOTE,
			"text", TEXT);

	private Limits() {
	}

	/** The limits by name, for the {@code maxlength} of form fields: {@code th:maxlength="${limits.note}"}. */
	public static Map<String, Integer> byName() {
		return BY_NAME;
	}

	/**
	 * What is wrong with the text of the field, if anything: longer than {@code max} characters, or a
	 * control character other than tab and line breaks (which no form can type and which break the XML
	 * and PDF documents the text ends up in). {@code null} is fine: whether a field is required is the
	 * service's rule.
	 */
	public static Optional<FieldError> check(String field, String value, int max) {
		if (value == null) {
			return Optional.empty();
		}
		if (value.codePointCount(0, value.length()) > max) {
			return Optional.of(FieldError.of(field, "shared.text.tooLong", max));
		}
		if (hasControlCharacter(value)) {
			return Optional.of(FieldError.of(field, "shared.text.control"));
		}
		return Optional.empty();
	}

	/**
	 * Refuses the text of the field if it breaks the limit, for services that check one field at a time.
	 * @throws InvalidInputException with the problem
	 */
	public static void enforce(String field, String value, int max) {
		Optional<FieldError> problem = check(field, value, max);
		if (problem.isPresent()) {
			throw new InvalidInputException(List.of(problem.get()));
		}
	}

	/** Adds the problem of the text of the field, if any, to {@code errors}. */
	public static void check(List<FieldError> errors, String field, String value, int max) {
		check(field, value, max).ifPresent(errors::add);
	}

	/**
	 * Whether the text holds a character of C0 (other than tab, line feed and carriage return) or
	 * DEL: PostgreSQL refuses NUL in text, XML 1.0 refuses the rest.
	 */
	public static boolean hasControlCharacter(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
				return true;
			}
		}
		return false;
	}

}
