package org.ohsonline;

import java.util.List;

/** The {@code prod} profile was requested without the environment variables it needs. */
class MissingProductionSettingsException extends RuntimeException {

	private final List<String> missing;

	MissingProductionSettingsException(List<String> missing) {
		super("Production mode (profile 'prod') is missing required environment variable(s): "
				+ String.join(", ", missing));
		this.missing = List.copyOf(missing);
	}

	List<String> missing() {
		return this.missing;
	}

}
