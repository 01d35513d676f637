package org.ohsonline.shared.web;

import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.Nulls;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.Limits;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.stereotype.Component;

/**
 * How JSON request bodies are read and how what cannot be read is told. Every string of a body is
 * held to {@link Limits#ANY} characters and may not carry control characters, as it is read (so no
 * handler can forget it, and a NUL never reaches PostgreSQL); a value that does not fit its field (a
 * word for a number, an impossible date, an unknown enum constant) becomes an error on that field,
 * named by its path ({@code exams[0].examinedOn}), with a message code of {@code messages/shared}.
 * <p>
 * A {@code null} inside a list is refused the same way (the record constructors copy their lists, and
 * no list of the platform has a use for a hole).
 * <p>
 * Applied to the application's JSON mapper; code that reads JSON with a mapper of its own builds it
 * with {@link #configure(JsonMapper.Builder)}.
 */
@Component
public class JsonInput implements JsonMapperBuilderCustomizer {

	@Override
	public void customize(JsonMapper.Builder builder) {
		configure(builder);
	}

	/** The builder with the platform's rules for reading input. */
	public static JsonMapper.Builder configure(JsonMapper.Builder builder) {
		SimpleModule strings = new SimpleModule("ohs-json-input");
		strings.addDeserializer(String.class, new CheckedStrings());
		return builder.addModule(strings).changeDefaultNullHandling(handling -> handling.withContentNulls(Nulls.FAIL));
	}

	/**
	 * The field error for a body that could not be read: on the field where reading stopped, or on
	 * the body as a whole ({@code null} field) when it is not JSON at all.
	 */
	public static FieldError problem(JacksonException ex) {
		String field = path(ex);
		if (ex instanceof RejectedText rejected) {
			return new FieldError(field, rejected.problem.code(), rejected.problem.arguments());
		}
		if (field == null) {
			return FieldError.of(null, "shared.input.malformed");
		}
		if (ex instanceof InvalidNullException) {
			return FieldError.of(field, "shared.input.notNull");
		}
		Class<?> type = ex instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
		if (type == null) {
			return FieldError.of(field, "shared.input.wrongType");
		}
		if (type.isEnum()) {
			return FieldError.of(field, "shared.input.unknownValue", Arrays.stream(type.getEnumConstants())
				.map(c -> ((Enum<?>) c).name())
				.collect(Collectors.joining(", ")));
		}
		if (Temporal.class.isAssignableFrom(type)) {
			return FieldError.of(field, type == java.time.LocalDate.class ? "shared.input.date" : "shared.input.dateTime");
		}
		if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class || type == double.class) {
			return FieldError.of(field, "shared.input.number");
		}
		if (type == Boolean.class || type == boolean.class) {
			return FieldError.of(field, "shared.input.boolean");
		}
		if (Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type) || type.isArray()) {
			return FieldError.of(field, "shared.input.list");
		}
		return FieldError.of(field, "shared.input.wrongType");
	}

	/** {@code a.b[0].c}, or {@code null} when the problem is not inside any field. */
	static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? null : path.toString();
	}

	/** Strings as Jackson reads them, then held to the platform's limits. */
	static final class CheckedStrings extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
			String value = super.deserialize(parser, context);
			if (value != null) {
				Limits.check(null, value, Limits.ANY).ifPresent(problem -> {
					throw new RejectedText(parser, problem);
				});
			}
			return value;
		}

	}

	/** A string refused by its length or content: the problem travels with Jackson's path. */
	static final class RejectedText extends MismatchedInputException {

		private final transient FieldError problem;

		RejectedText(JsonParser parser, FieldError problem) {
			super(parser, "Text refused: " + problem.code(), String.class);
			this.problem = problem;
		}

	}

}
