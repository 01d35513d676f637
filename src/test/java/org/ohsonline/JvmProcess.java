package org.ohsonline;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the real main class in a separate JVM, as an operator would, with a scrubbed environment:
 * for behaviour that ends in {@code System.exit} or must happen before Spring starts.
 */
final class JvmProcess {

	record Outcome(int exitCode, String output) {
	}

	private JvmProcess() {
	}

	static Outcome run(Map<String, String> environment, String... arguments) throws Exception {
		List<String> command = new ArrayList<>();
		command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(OhsOnlineApplication.class.getName());
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.directory(new File(System.getProperty("java.io.tmpdir")));
		builder.environment().keySet().removeIf(name -> name.startsWith("OHS_") || name.startsWith("SPRING_"));
		builder.environment().putAll(environment);
		Process process = builder.start();
		byte[] output = process.getInputStream().readAllBytes();
		assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("the process ends by itself").isTrue();
		return new Outcome(process.exitValue(), new String(output, StandardCharsets.UTF_8));
	}

}
