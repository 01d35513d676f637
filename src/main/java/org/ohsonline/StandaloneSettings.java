package org.ohsonline;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where standalone mode keeps its data.
 *
 * @param dataDirectory the data directory ({@code ./data} by default)
 * @param postgresDirectory the embedded PostgreSQL data directory, {@code <data>/postgres} unless set
 * @param ephemeral throw the database away on exit (tests)
 * @param durable run the kept database with {@code fsync} and {@code synchronous_commit} on, so that a
 * power cut neither corrupts it nor loses an acknowledged write (default); {@code false} trades that
 * for speed, as the embedded PostgreSQL does for tests (and as benchmarks before 2026-12-03 ran)
 */
@ConfigurationProperties("ohs.standalone")
public record StandaloneSettings(@DefaultValue("./data") Path dataDirectory, Path postgresDirectory,
		@DefaultValue("false") boolean ephemeral, @DefaultValue("true") boolean durable) {

	public StandaloneSettings {
		dataDirectory = dataDirectory.toAbsolutePath().normalize();
		postgresDirectory = postgresDirectory == null ? dataDirectory.resolve("postgres")
				: postgresDirectory.toAbsolutePath().normalize();
	}

}
