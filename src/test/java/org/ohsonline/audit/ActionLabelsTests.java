package org.ohsonline.audit;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every action the modules write to the audit trail has its words ({@code action.<code>}) in both
 * languages: the audit pages and the account page show the label, and fell back to the code
 * ({@code declaration.clock.voided}) for the nine actions of declarations and seven others that had none.
 * An action built at run time ({@code "portal.document." + status}) needs at least one label under its prefix.
 */
class ActionLabelsTests {

	private static final Pattern RECORDED = Pattern.compile("\\.record\\(\\s*\\w+(?:\\.\\w+\\(\\))?,\\s*\"([a-z][a-z0-9.-]*)\"(\\s*\\+)?");

	@Test
	void everyAuditedActionHasALabelInBothLanguages() throws IOException {
		Set<String> actions = new TreeSet<>();
		Set<String> prefixes = new TreeSet<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
				Matcher recorded = RECORDED.matcher(Files.readString(source));
				while (recorded.find()) {
					(recorded.group(2) != null ? prefixes : actions).add(recorded.group(1));
				}
			}
		}
		assertThat(actions).as("audited actions found (the scan must not be vacuous)").hasSizeGreaterThan(60);
		for (String language : new String[] { "", "_en" }) {
			Set<String> labels = labels(language);
			assertThat(actions).as("actions without a label in messages/*" + language + ".properties")
				.allSatisfy(action -> assertThat(labels).contains("action." + action));
			assertThat(prefixes).as("actions built at run time without any label under their prefix")
				.allSatisfy(prefix -> assertThat(labels).anyMatch(l -> l.startsWith("action." + prefix)));
		}
	}

	private static Set<String> labels(String language) throws IOException {
		Set<String> keys = new TreeSet<>();
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/messages"))) {
			for (Path file : files.toList()) {
				String name = file.getFileName().toString();
				boolean english = name.endsWith("_en.properties");
				if (language.isEmpty() == english) {
					continue;
				}
				Properties properties = new Properties();
				try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
					properties.load(in);
				}
				keys.addAll(properties.stringPropertyNames());
			}
		}
		return keys;
	}

}
