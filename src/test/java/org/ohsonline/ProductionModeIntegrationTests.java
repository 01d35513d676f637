package org.ohsonline;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Production mode refuses to start half-configured: it exits non-zero before serving anything and
 * names what is missing. Runs the real main class in a separate JVM with a scrubbed environment.
 */
class ProductionModeIntegrationTests {

	@Test
	void exitsNamingEveryMissingVariable() throws Exception {
		JvmProcess.Outcome outcome = start(Map.of());
		assertThat(outcome.exitCode()).isNotZero();
		assertThat(outcome.output())
			.contains("OHS_DB_URL", "OHS_DB_USER", "OHS_DB_PASSWORD", "OHS_SECRET_KEY", "OHS_PUBLIC_BASE_URL")
			.contains("APPLICATION FAILED TO START")
			.doesNotContain("Tomcat started");
	}

	@Test
	void namesOnlyTheVariablesStillMissing() throws Exception {
		JvmProcess.Outcome outcome = start(Map.of("OHS_DB_URL", "jdbc:postgresql://127.0.0.1:1/none", "OHS_SECRET_KEY",
				"c2VjcmV0LWtleS1vZi1hdC1sZWFzdC10aGlydHktdHdvLWJ5dGVz"));
		assertThat(outcome.exitCode()).isNotZero();
		assertThat(outcome.output()).contains("OHS_DB_USER", "OHS_DB_PASSWORD")
			.doesNotContain("variable(s): OHS_DB_URL")
			.doesNotContain("OHS_SECRET_KEY,");
	}

	@Test
	void refusesAPublicAddressThatWouldPrintInsecureLinksInQrCodes() throws Exception {
		// Everything else is set: the address alone stops it, before the database is ever asked.
		JvmProcess.Outcome outcome = start(Map.of("OHS_DB_URL", "jdbc:postgresql://127.0.0.1:1/none", "OHS_DB_USER",
				"ohs", "OHS_DB_PASSWORD", "secret", "OHS_SECRET_KEY",
				"c2VjcmV0LWtleS1vZi1hdC1sZWFzdC10aGlydHktdHdvLWJ5dGVz", "OHS_PUBLIC_BASE_URL", "http://ohs.example.gov.cn"));
		assertThat(outcome.exitCode()).isNotZero();
		assertThat(outcome.output()).contains("APPLICATION FAILED TO START")
			.contains("invalid OHS_PUBLIC_BASE_URL: it must use https://")
			.doesNotContain("missing required")
			.doesNotContain("Tomcat started");
	}

	private static JvmProcess.Outcome start(Map<String, String> environment) throws Exception {
		return JvmProcess.run(environment, "--spring.profiles.active=prod", "--server.port=0",
				"--management.server.port=0");
	}

}
