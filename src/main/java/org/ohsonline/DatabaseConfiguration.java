package org.ohsonline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	@Bean
	SchemaMigrations schemaMigrations(DataSource dataSource) {
		return new SchemaMigrations(dataSource);
	}

	/**
	 * Standalone mode: no external database configured, so run PostgreSQL embedded, its data kept
	 * under the data directory across restarts (or thrown away when {@code ephemeral}, as in tests).
	 */
	@Configuration(proxyBeanMethods = false)
	@Profile("!prod")
	@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
	static class Standalone {

		private static final Logger log = LoggerFactory.getLogger(Standalone.class);

		@Bean(destroyMethod = "close")
		EmbeddedPostgres embeddedPostgres(StandaloneSettings settings) throws IOException {
			// Usually started already, alongside the context's start-up (EarlyDatabaseStart).
			Optional<EmbeddedPostgres> early = EarlyDatabaseStart.take(settings);
			return early.isPresent() ? early.get() : start(settings);
		}

		/**
		 * Spring stops PostgreSQL (destroyMethod) after the beans that still need it, such as the event
		 * publication registry; zonky's own JVM hook would stop it first and make those wait.
		 */
		static EmbeddedPostgres start(StandaloneSettings settings) throws IOException {
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setRegisterShutdownHook(false)
				.setServerConfig("max_connections", "100")
				.setServerConfig("timezone", "Asia/Shanghai");
			if (!settings.ephemeral()) {
				Path directory = settings.postgresDirectory();
				Files.createDirectories(directory.getParent());
				builder.setDataDirectory(directory).setCleanDataDirectory(false);
				// zonky starts PostgreSQL as for tests, with fsync and synchronous commit off: a power cut
				// could then corrupt the kept database or lose acknowledged writes. A later -c wins over its -F.
				if (settings.durable()) {
					builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
				}
				long buffers = settings.sharedBuffersMegabytes(machineMemory());
				builder.setServerConfig("shared_buffers", buffers + "MB");
				log.info("Embedded PostgreSQL buffer cache (shared_buffers): {} MB", buffers);
				// A previous run killed with SIGKILL leaves its lock file, and maybe its PostgreSQL, behind.
				deleteStaleLock(directory);
			}
			EmbeddedPostgres postgres = builder.start();
			if (!settings.ephemeral()) {
				own(settings.postgresDirectory());
			}
			return postgres;
		}

		/** The machine's physical memory in bytes (what an unset {@code ohs.standalone.shared-buffers} is an eighth of). */
		private static long machineMemory() {
			return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
				.getOperatingSystemMXBean()).getTotalMemorySize();
		}

		/** Pool settings ({@code spring.datasource.hikari.*}) apply here as they do to an external database. */
		@Bean
		@ConfigurationProperties("spring.datasource.hikari")
		DataSource dataSource(EmbeddedPostgres postgres) {
			return DataSourceBuilder.create()
				.url(postgres.getJdbcUrl("postgres", "postgres"))
				.username("postgres")
				.build();
		}

		/**
		 * A previous run killed with SIGKILL (or out of memory) leaves its lock file behind and, since
		 * PostgreSQL runs as a process of its own, possibly that PostgreSQL still running on the data
		 * directory with nobody to use it. A dead one's lock is deleted; a live one that serves this data
		 * directory is stopped (a fast shutdown: it rolls back what the dead JVM left open and writes a
		 * checkpoint), unless the JVM that started it, named in {@value #OWNER}, still runs: that is
		 * another instance on the same directory, and this one must not start.
		 */
		private static void deleteStaleLock(Path directory) {
			Path lock = directory.resolve("postmaster.pid");
			try {
				if (Files.exists(lock)) {
					long pid = Long.parseLong(Files.readAllLines(lock).get(0).trim());
					Optional<ProcessHandle> postmaster = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
					if (postmaster.isEmpty()) {
						Files.delete(lock);
					}
					else if (serves(postmaster.get(), directory)) {
						Optional<ProcessHandle> owner = owner(directory);
						if (owner.isPresent()) {
							throw new IllegalStateException("Another instance (process " + owner.get().pid()
									+ ") runs on the data directory " + directory.getParent() + ": stop it first");
						}
						log.warn("The embedded PostgreSQL of a previous run that was killed still runs (process {}): "
								+ "stopping it before starting again", pid);
						stop(postmaster.get());
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot inspect " + lock, ex);
			}
			catch (NumberFormatException ex) {
				// Not a lock file we understand; let PostgreSQL decide.
			}
		}

		static final String OWNER = "owner.pid";

		/** Names this JVM as the one that runs the embedded PostgreSQL of the data directory. */
		static void own(Path directory) {
			try {
				Files.writeString(directory.getParent().resolve(OWNER), Long.toString(ProcessHandle.current().pid()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot write " + directory.getParent().resolve(OWNER), ex);
			}
		}

		/** The JVM named as owner, if it still runs and is a Java process (a reused pid is not). */
		private static Optional<ProcessHandle> owner(Path directory) throws IOException {
			Path file = directory.getParent().resolve(OWNER);
			if (!Files.exists(file)) {
				return Optional.empty();
			}
			long pid = Long.parseLong(Files.readString(file).trim());
			return ProcessHandle.of(pid)
				.filter(ProcessHandle::isAlive)
				.filter(handle -> handle.pid() != ProcessHandle.current().pid())
				.filter(handle -> handle.info().command().map(c -> c.endsWith("java")).orElse(false));
		}

		/** Whether the process is a postmaster of this data directory (not an unrelated reuse of the pid). */
		private static boolean serves(ProcessHandle process, Path directory) {
			return process.info().commandLine().map(line -> line.contains("postgres") && line.contains(directory.toString()))
				.orElse(false);
		}

		private static void stop(ProcessHandle postmaster) throws IOException {
			try {
				// SIGINT is PostgreSQL's fast shutdown; ProcessHandle only sends TERM or KILL.
				new ProcessBuilder("kill", "-INT", Long.toString(postmaster.pid())).inheritIO().start().waitFor();
				postmaster.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException("Interrupted while stopping the orphaned PostgreSQL " + postmaster.pid(), ex);
			}
			catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException ex) {
				throw new IOException("The orphaned PostgreSQL " + postmaster.pid() + " did not stop within 60 s", ex);
			}
		}

	}

}
