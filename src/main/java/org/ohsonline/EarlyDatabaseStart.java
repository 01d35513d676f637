package org.ohsonline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Starts standalone mode's embedded PostgreSQL as soon as the settings are known, on a thread of its
 * own, so that a first start's initdb and a later start's recovery overlap with the seconds the
 * context spends creating its beans; the database bean then takes the running instance. Only for a
 * start through {@code main} without the {@code prod} profile and without an external database;
 * anything else (tests, production) starts as before. An instance nobody took is stopped when the
 * JVM exits.
 */
final class EarlyDatabaseStart implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	private static final Object LOCK = new Object();

	private static StandaloneSettings settings;

	private static CompletableFuture<EmbeddedPostgres> pending;

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		ConfigurableEnvironment environment = event.getEnvironment();
		if (environment.acceptsProfiles(Profiles.of("prod"))
				|| !environment.getProperty("spring.datasource.url", "").isEmpty()) {
			return;
		}
		StandaloneSettings bound = Binder.get(environment)
			.bindOrCreate("ohs.standalone", StandaloneSettings.class);
		CompletableFuture<EmbeddedPostgres> future = new CompletableFuture<>();
		synchronized (LOCK) {
			if (pending != null) {
				return;
			}
			settings = bound;
			pending = future;
		}
		Thread starter = new Thread(() -> {
			try {
				future.complete(DatabaseConfiguration.Standalone.start(bound));
			}
			catch (IOException | RuntimeException ex) {
				future.completeExceptionally(ex);
			}
		}, "embedded-postgres-start");
		starter.setDaemon(true);
		starter.start();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			// Stops an instance the context never took (it failed before its database bean).
			try {
				Optional<EmbeddedPostgres> untaken = take(bound);
				if (untaken.isPresent()) {
					untaken.get().close();
				}
			}
			catch (IOException | RuntimeException ex) {
				// The JVM is exiting and the instance did not start or stop; nothing more to do.
			}
		}, "embedded-postgres-untaken"));
	}

	/** The instance started early for these settings, once; empty when none was (or it was taken). */
	static Optional<EmbeddedPostgres> take(StandaloneSettings wanted) {
		CompletableFuture<EmbeddedPostgres> future;
		synchronized (LOCK) {
			if (pending == null || !wanted.equals(settings)) {
				return Optional.empty();
			}
			future = pending;
			pending = null;
			settings = null;
		}
		try {
			return Optional.of(future.get());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while the embedded PostgreSQL started", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof IOException io) {
				throw new UncheckedIOException("The embedded PostgreSQL did not start", io);
			}
			throw new IllegalStateException("The embedded PostgreSQL did not start", ex.getCause());
		}
	}

}
