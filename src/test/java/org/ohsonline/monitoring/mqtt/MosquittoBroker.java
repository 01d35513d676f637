package org.ohsonline.monitoring.mqtt;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * A real Mosquitto broker for tests: started from {@code /usr/sbin/mosquitto} (or
 * {@code $MOSQUITTO}) on a free loopback port with a generated configuration, stopped by
 * {@link #close()}. {@code .ci/run} installs the package when it is missing.
 */
public final class MosquittoBroker implements AutoCloseable {

	private final Process process;

	private final int port;

	private final Path directory;

	private MosquittoBroker(Process process, int port, Path directory) {
		this.process = process;
		this.port = port;
		this.directory = directory;
	}

	public static MosquittoBroker start() throws IOException, InterruptedException {
		String executable = System.getenv().getOrDefault("MOSQUITTO", "/usr/sbin/mosquitto");
		if (!Files.isExecutable(Path.of(executable))) {
			throw new IllegalStateException(executable + " is missing: apt-get install mosquitto (.ci/run does)");
		}
		int port;
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			port = socket.getLocalPort();
		}
		Path directory = Files.createTempDirectory("mosquitto");
		Path config = directory.resolve("mosquitto.conf");
		Files.writeString(config, String.join("\n", "listener " + port + " 127.0.0.1", "allow_anonymous true",
				"persistence false", "log_dest file " + directory.resolve("mosquitto.log"), "log_type all", ""));
		Process process = new ProcessBuilder(executable, "-c", config.toString()).redirectErrorStream(true)
			.redirectOutput(directory.resolve("stdout.log").toFile())
			.start();
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new IllegalStateException("mosquitto exited: " + Files.readString(directory.resolve("stdout.log")));
			}
			try (Socket probe = new Socket("127.0.0.1", port)) {
				return new MosquittoBroker(process, port, directory);
			}
			catch (IOException notYet) {
				Thread.sleep(50);
			}
		}
		process.destroyForcibly();
		throw new IllegalStateException("mosquitto did not listen on " + port + " within 10 s");
	}

	public String url() {
		return "tcp://127.0.0.1:" + this.port;
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
	}

}
