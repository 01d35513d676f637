package org.ohsonline.shared.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.swagger.v3.core.jackson.TypeNameResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Names the schemas of {@code /v3/api-docs}. swagger-core names a schema by the class's simple name,
 * and schemas of the same name overwrite one another: the modules' nested {@code Item},
 * {@code StatusChange}, {@code ReturnRequest} or {@code BatchAnswer} records were documented as
 * whichever was read last. Here a nested type is named with its enclosing types, a controller
 * {@code …Api} by its stem, without repeating the words the two share:
 * {@code DeclarationApi.ReturnRequest} is {@code DeclarationReturnRequest},
 * {@code DeclarationApi.DeclarationRequest} stays {@code DeclarationRequest},
 * {@code DeclarationView.Item} is {@code DeclarationViewItem}; top-level types keep their simple name.
 * Should two types still come to the same name, the second is named by its fully qualified name
 * (and a warning logged) rather than overwrite the first; {@code ApiDocumentIntegrationTests} fails then.
 */
final class SchemaNames extends TypeNameResolver {

	private static final Logger log = LoggerFactory.getLogger(SchemaNames.class);

	private static final String CONTROLLER_SUFFIX = "Api";

	private final Map<String, Class<?>> owners = new ConcurrentHashMap<>();

	@Override
	protected String getNameOfClass(Class<?> type) {
		String name = readable(type);
		Class<?> owner = this.owners.putIfAbsent(name, type);
		if (owner == null || owner.equals(type)) {
			return name;
		}
		String qualified = type.getName().replace('$', '.');
		log.warn("Schema name {} of {} is taken by {}; documenting it as {}", name, type.getName(), owner.getName(),
				qualified);
		return qualified;
	}

	/** The name of a type from its own and its enclosing types' simple names. */
	static String readable(Class<?> type) {
		List<String> parts = new ArrayList<>();
		for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
			parts.add(0, c.getSimpleName());
		}
		String name = "";
		for (int i = 0; i < parts.size(); i++) {
			String part = parts.get(i);
			boolean enclosing = i < parts.size() - 1;
			if (enclosing && part.endsWith(CONTROLLER_SUFFIX) && part.length() > CONTROLLER_SUFFIX.length()) {
				part = part.substring(0, part.length() - CONTROLLER_SUFFIX.length());
			}
			name = join(name, part);
		}
		return name;
	}

	/** {@code head + tail}, dropping the longest run of words that ends {@code head} and starts {@code tail}. */
	static String join(String head, String tail) {
		List<String> headWords = words(head);
		List<String> tailWords = words(tail);
		for (int shared = Math.min(headWords.size(), tailWords.size()); shared > 0; shared--) {
			if (headWords.subList(headWords.size() - shared, headWords.size()).equals(tailWords.subList(0, shared))) {
				return String.join("", headWords.subList(0, headWords.size() - shared)) + tail;
			}
		}
		return head + tail;
	}

	private static List<String> words(String name) {
		if (name.isEmpty()) {
			return List.of();
		}
		return Arrays.asList(name.split("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])"));
	}

}
