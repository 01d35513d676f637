package org.ohsonline.shared;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Keeps the per-instance caches ({@link ExpiringCache}) of several instances on one database
 * coherent: a cache invalidated on one instance is announced, after its transaction commits, with
 * {@code pg_notify('ohs_cache', '<instance> <cache>')}, and every other instance, which holds a
 * connection of its own that {@code LISTEN}s on that channel, drops the same cache at once. While
 * the listening connection is down (the database restarts), notices are missed: the caches are
 * emptied when it is back, and their time to live bounds what was missed meanwhile.
 * {@code ohs.cluster.cache-notifications=false} turns it off (one instance only).
 */
@Component
public class CacheCoherence implements SmartLifecycle {

	static final String CHANNEL = "ohs_cache";

	private static final Logger log = LoggerFactory.getLogger(CacheCoherence.class);

	private final DataSource dataSource;

	private final boolean enabled;

	private final String instance = UUID.randomUUID().toString().substring(0, 8);

	private final Map<String, List<ExpiringCache<?, ?>>> caches = new ConcurrentHashMap<>();

	private final ExecutorService announcements = Executors.newSingleThreadExecutor(r -> daemon(r, "cache-announce"));

	private volatile Thread listener;

	private volatile boolean running;

	private volatile boolean listening;

	CacheCoherence(DataSource dataSource, @Value("${ohs.cluster.cache-notifications:true}") boolean enabled) {
		this.dataSource = dataSource;
		this.enabled = enabled;
	}

	/** Makes {@code cache} coherent across instances under {@code name} (the same name on every instance). */
	public <K, V> ExpiringCache<K, V> register(String name, ExpiringCache<K, V> cache) {
		this.caches.computeIfAbsent(name, n -> new CopyOnWriteArrayList<>()).add(cache);
		if (this.enabled) {
			cache.announceWith(() -> announce(name));
		}
		return cache;
	}

	/**
	 * Drops the caches registered under {@code name} here and on the other instances: for data changed without the
	 * writes that invalidate them (a repair made with SQL, a test's fixture).
	 */
	public void invalidate(String name) {
		this.caches.getOrDefault(name, List.of()).forEach(ExpiringCache::invalidateAll);
	}

	/** Whether invalidations from other instances arrive now (health and tests). */
	public boolean listening() {
		return this.listening;
	}

	private void announce(String name) {
		try {
			this.announcements.execute(() -> {
				try (Connection connection = this.dataSource.getConnection();
						var statement = connection.prepareStatement("select pg_notify(?, ?)")) {
					statement.setString(1, CHANNEL);
					statement.setString(2, this.instance + " " + name);
					statement.execute();
				}
				catch (SQLException | RuntimeException ex) {
					log.warn("Could not tell other instances that cache {} changed ({}); they see it within its time to live",
							name, ex.getMessage());
				}
			});
		}
		catch (RejectedExecutionException stopping) {
			// Shutting down: nobody needs to hear from this instance any more.
		}
	}

	@Override
	public void start() {
		if (!this.enabled) {
			return;
		}
		this.running = true;
		this.listener = daemon(this::listen, "cache-listen");
		this.listener.start();
	}

	@Override
	public void stop() {
		this.running = false;
		Thread thread = this.listener;
		if (thread != null) {
			thread.interrupt();
		}
		this.announcements.shutdown();
		try {
			// A one-off command (a key rotation) exits right after its change: let its notices leave first.
			this.announcements.awaitTermination(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void listen() {
		long backoff = 1_000;
		while (this.running) {
			try (Connection connection = open(); Statement statement = connection.createStatement()) {
				statement.execute("LISTEN " + CHANNEL);
				this.listening = true;
				// Anything announced while nobody listened is lost: start afresh.
				invalidateAllLocally();
				backoff = 1_000;
				PGConnection notices = connection.unwrap(PGConnection.class);
				while (this.running) {
					PGNotification[] received = notices.getNotifications(5_000);
					if (received != null) {
						for (PGNotification notice : received) {
							receive(notice.getParameter());
						}
					}
				}
			}
			catch (SQLException | RuntimeException ex) {
				if (!this.running) {
					return;
				}
				this.listening = false;
				log.warn("Cache notifications interrupted ({}); retrying in {} ms", ex.getMessage(), backoff);
				invalidateAllLocally();
				try {
					Thread.sleep(backoff);
				}
				catch (InterruptedException interrupted) {
					return;
				}
				backoff = Math.min(backoff * 2, 15_000);
			}
		}
		this.listening = false;
	}

	private void receive(String payload) {
		int space = payload.indexOf(' ');
		if (space < 0 || payload.substring(0, space).equals(this.instance)) {
			return;
		}
		List<ExpiringCache<?, ?>> named = this.caches.get(payload.substring(space + 1));
		if (named != null) {
			named.forEach(ExpiringCache::invalidateLocally);
		}
	}

	private void invalidateAllLocally() {
		this.caches.values().forEach(list -> list.forEach(ExpiringCache::invalidateLocally));
	}

	/** A connection outside the pool: it is held for as long as the instance runs. */
	private Connection open() throws SQLException {
		if (this.dataSource instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null) {
			return DriverManager.getConnection(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
		}
		return this.dataSource.getConnection();
	}

	private static Thread daemon(Runnable runnable, String name) {
		Thread thread = new Thread(runnable, name);
		thread.setDaemon(true);
		return thread;
	}

}
