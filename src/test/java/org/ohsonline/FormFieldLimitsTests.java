package org.ohsonline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.ohsonline.shared.Limits;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every field a person types into says how much it takes: each text input and text area of the
 * templates carries a {@code maxlength}, for free text one of {@link Limits} ({@code th:maxlength=
 * "${limits.note}"}), the same limit the service checks.
 */
class FormFieldLimitsTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern FIELD = Pattern.compile("<(input|textarea)\\b([^>]*)>", Pattern.DOTALL);

	private static final Pattern TYPE = Pattern.compile("\\btype=\"([^\"]+)\"");

	private static final Pattern LIMIT = Pattern.compile("th:maxlength=\"\\$\\{limits\\.(\\w+)}\"");

	/** Inputs that take no typed text. */
	private static final Set<String> NOT_TEXT = Set.of("hidden", "date", "month", "time", "datetime-local", "number",
			"checkbox", "radio", "file", "submit", "button", "reset", "range", "color");

	@Test
	void everyTextFieldOfEveryFormHasAMaximumLength() throws IOException {
		List<String> unbounded = new ArrayList<>();
		List<String> unknownLimits = new ArrayList<>();
		int fields = 0;
		for (Path template : templates()) {
			String text = Files.readString(template);
			Matcher field = FIELD.matcher(text);
			while (field.find()) {
				String attributes = field.group(2);
				Matcher type = TYPE.matcher(attributes);
				if (field.group(1).equals("input") && type.find() && NOT_TEXT.contains(type.group(1))) {
					continue;
				}
				if (attributes.matches("(?s).*\\sreadonly[\\s>=].*|(?s).*\\sreadonly$")) {
					continue;
				}
				fields++;
				String where = TEMPLATES.relativize(template) + ":" + (text.substring(0, field.start()).split("\n").length);
				if (!attributes.contains("maxlength")) {
					unbounded.add(where);
				}
				Matcher limit = LIMIT.matcher(attributes);
				if (limit.find() && !Limits.byName().containsKey(limit.group(1))) {
					unknownLimits.add(where + " " + limit.group(1));
				}
			}
		}
		assertThat(fields).as("text fields found (the scan must not be vacuous)").isGreaterThan(100);
		assertThat(unbounded).as("text fields without maxlength").isEmpty();
		assertThat(unknownLimits).as("th:maxlength naming no limit of shared.Limits").isEmpty();
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
		}
	}

}
