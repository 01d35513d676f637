package org.ohsonline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

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
				// A previous run killed with SIGKILL leaves its lock file behind.
				deleteStaleLock(directory);
			}
			return builder.start();
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

		private static void deleteStaleLock(Path directory) {
			Path lock = directory.resolve("postmaster.pid");
			try {
				if (Files.exists(lock)) {
					long pid = Long.parseLong(Files.readAllLines(lock).get(0).trim());
					if (ProcessHandle.of(pid).isEmpty()) {
						Files.delete(lock);
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

	}

}
