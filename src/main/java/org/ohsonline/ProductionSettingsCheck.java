package org.ohsonline;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start the {@code prod} profile half-configured: a production instance must never fall
 * back to the embedded demo database or to a generated key (Keycloak's lesson, see STYLE.md).
 */
class ProductionSettingsCheck implements EnvironmentPostProcessor, Ordered {

	static final List<String> REQUIRED = List.of("OHS_DB_URL", "OHS_DB_USER", "OHS_DB_PASSWORD", "OHS_SECRET_KEY");

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.acceptsProfiles(Profiles.of("prod"))) {
			return;
		}
		List<String> missing = new ArrayList<>();
		for (String name : REQUIRED) {
			String value = environment.getProperty(name);
			if (value == null || value.isBlank()) {
				missing.add(name);
			}
		}
		if (!missing.isEmpty()) {
			throw new MissingProductionSettingsException(missing);
		}
	}

	@Override
	public int getOrder() {
		// After the config data has been loaded, so that profiles set in files are seen.
		return Ordered.LOWEST_PRECEDENCE;
	}

}
