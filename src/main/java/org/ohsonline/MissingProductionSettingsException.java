package org.ohsonline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code prod} profile was requested without the environment variables it needs, or with one
 * whose value cannot work.
 */
class MissingProductionSettingsException extends RuntimeException {

	private final List<String> missing;

	private final Map<String, String> invalid;

	MissingProductionSettingsException(List<String> missing) {
		this(missing, Map.of());
	}

	/**
	 * @param missing the variables not set
	 * @param invalid the variables set to an unusable value, each with what is wrong with it
	 */
	MissingProductionSettingsException(List<String> missing, Map<String, String> invalid) {
		super(message(missing, invalid));
		this.missing = List.copyOf(missing);
		this.invalid = Collections.unmodifiableMap(new LinkedHashMap<>(invalid));
	}

	private static String message(List<String> missing, Map<String, String> invalid) {
		List<String> parts = new ArrayList<>();
		if (!missing.isEmpty()) {
			parts.add("is missing required environment variable(s): " + String.join(", ", missing));
		}
		invalid.forEach((name, problem) -> parts.add("has an invalid " + name + ": it " + problem));
		return "Production mode (profile 'prod') " + String.join("; and ", parts);
	}

	List<String> missing() {
		return this.missing;
	}

	Map<String, String> invalid() {
		return this.invalid;
	}

}
