package org.ohsonline;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where standalone mode keeps its data.
 *
 * @param dataDirectory the data directory ({@code ./data} by default)
 * @param postgresDirectory the embedded PostgreSQL data directory, {@code <data>/postgres} unless set
 * @param ephemeral throw the database away on exit (tests)
 * @param durable run the kept database with {@code fsync} and {@code synchronous_commit} on, so that a
 * power cut neither corrupts it nor loses an acknowledged write (default); {@code false} trades that
 * for speed, as the embedded PostgreSQL does for tests (and as benchmarks before 2026-12-03 ran)
 * @param sharedBuffers the kept database's buffer cache ({@code shared_buffers}, e.g. {@code 2GB}); unset, an eighth
 * of the machine's memory, at least PostgreSQL's own 128 MB and at most 4 GB ({@link #sharedBuffersMegabytes}). The
 * thrown-away database of tests keeps PostgreSQL's default
 */
@ConfigurationProperties("ohs.standalone")
public record StandaloneSettings(@DefaultValue("./data") Path dataDirectory, Path postgresDirectory,
		@DefaultValue("false") boolean ephemeral, @DefaultValue("true") boolean durable, DataSize sharedBuffers) {

	public StandaloneSettings {
		dataDirectory = dataDirectory.toAbsolutePath().normalize();
		postgresDirectory = postgresDirectory == null ? dataDirectory.resolve("postgres")
				: postgresDirectory.toAbsolutePath().normalize();
	}

	/** PostgreSQL's default buffer cache, and the least this sets. */
	static final long MIN_SHARED_BUFFERS_MB = 128;

	/** The most an unset {@code sharedBuffers} takes: the JVM and the operating system's cache share the machine. */
	static final long MAX_AUTO_SHARED_BUFFERS_MB = 4096;

	/**
	 * The kept database's {@code shared_buffers} in megabytes: as set, or an eighth of {@code machineBytes} between
	 * {@value #MIN_SHARED_BUFFERS_MB} MB and {@value #MAX_AUTO_SHARED_BUFFERS_MB} MB. PostgreSQL's 128 MB holds a
	 * fraction of a province's hot rows (the portraits alone take 300 MB at 300,000 employers), and each miss is a
	 * page copied again from the operating system (docs/operations.md).
	 */
	long sharedBuffersMegabytes(long machineBytes) {
		if (this.sharedBuffers != null) {
			return Math.max(MIN_SHARED_BUFFERS_MB, this.sharedBuffers.toMegabytes());
		}
		return Math.max(MIN_SHARED_BUFFERS_MB, Math.min(MAX_AUTO_SHARED_BUFFERS_MB, machineBytes / 8 / (1024 * 1024)));
	}

}
