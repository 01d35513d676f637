package org.ohsonline;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Production mode refuses to start half-configured: it exits non-zero before serving anything and
 * names what is missing. Runs the real main class in a separate JVM with a scrubbed environment.
 */
class ProductionModeIntegrationTests {

	record Outcome(int exitCode, String output) {
	}

	@Test
	void exitsNamingEveryMissingVariable() throws Exception {
		Outcome outcome = start(Map.of());
		assertThat(outcome.exitCode()).isNotZero();
		assertThat(outcome.output()).contains("OHS_DB_URL", "OHS_DB_USER", "OHS_DB_PASSWORD", "OHS_SECRET_KEY")
			.contains("APPLICATION FAILED TO START")
			.doesNotContain("Tomcat started");
	}

	@Test
	void namesOnlyTheVariablesStillMissing() throws Exception {
		Outcome outcome = start(Map.of("OHS_DB_URL", "jdbc:postgresql://127.0.0.1:1/none", "OHS_SECRET_KEY",
				"c2VjcmV0LWtleS1vZi1hdC1sZWFzdC10aGlydHktdHdvLWJ5dGVz"));
		assertThat(outcome.exitCode()).isNotZero();
		assertThat(outcome.output()).contains("OHS_DB_USER", "OHS_DB_PASSWORD")
			.doesNotContain("variable(s): OHS_DB_URL")
			.doesNotContain("OHS_SECRET_KEY,");
	}

	private static Outcome start(Map<String, String> environment) throws Exception {
		List<String> command = new ArrayList<>();
		command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(OhsOnlineApplication.class.getName());
		command.add("--spring.profiles.active=prod");
		command.add("--server.port=0");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.directory(new File(System.getProperty("java.io.tmpdir")));
		builder.environment().keySet().removeIf(name -> name.startsWith("OHS_") || name.startsWith("SPRING_"));
		builder.environment().putAll(environment);
		Process process = builder.start();
		byte[] output = process.getInputStream().readAllBytes();
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the process ends by itself").isTrue();
		return new Outcome(process.exitValue(), new String(output, StandardCharsets.UTF_8));
	}

}
