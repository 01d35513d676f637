package org.ohsonline.testing;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calculators hand message codes to their callers through a collector that I18nTests' patterns
 * do not see; every {@code "testing.…"} code in this module's sources must be in both bundles: as
 * itself, as an audit action ({@code action.<code>}), or, for a prefix ending in a dot that the code
 * completes with an enum name, as at least one key with that prefix.
 */
class TestingMessagesTests {

	private static final Pattern CODE = Pattern.compile("\"(testing\\.[A-Za-z]+\\.[A-Za-z.]+)\"");

	private static boolean labelled(Properties properties, String code) {
		if (code.endsWith(".")) {
			return properties.stringPropertyNames().stream().anyMatch(key -> key.startsWith(code));
		}
		return isNotBlank(properties.getProperty(code)) || isNotBlank(properties.getProperty("action." + code));
	}

	private static boolean isNotBlank(String value) {
		return value != null && !value.isBlank();
	}

	@Test
	void everyTestingMessageCodeIsInBothBundles() throws IOException {
		Set<String> used = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/ohsonline/testing"))) {
			for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
				Matcher m = CODE.matcher(Files.readString(file));
				while (m.find()) {
					used.add(m.group(1));
				}
			}
		}
		assertThat(used).as("the scan found the codes").hasSizeGreaterThan(15);
		for (String bundle : List.of("testing.properties", "testing_en.properties")) {
			Properties properties = new Properties();
			try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/messages", bundle),
					StandardCharsets.UTF_8)) {
				properties.load(reader);
			}
			assertThat(used).as("codes missing from " + bundle).allSatisfy(code -> assertThat(labelled(properties, code)).as(code).isTrue());
		}
	}

}
