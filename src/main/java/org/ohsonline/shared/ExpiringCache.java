package org.ohsonline.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Values derived from the database, reused for a short time on one instance and dropped by every
 * write that could change them.
 * <p>
 * A reader takes {@link #generation()} before it reads the database and passes it to {@link #put}:
 * a value read before the latest {@link #invalidateAll()} is not kept, so a request that read the
 * old state while a change was being made cannot cache it. {@code invalidateAll} acts at once and
 * again when the writing transaction ends. A cache registered with {@link CacheCoherence} also has
 * every other instance drop its values once the writing transaction has committed (PostgreSQL
 * {@code NOTIFY}); otherwise, or while that channel is down, writes made on another instance are seen
 * after the time to live. A zero time to live turns the cache off.
 *
 * @param <K> the key: a record of everything the value depends on
 * @param <V> the value, immutable
 */
public final class ExpiringCache<K, V> {

	private record Entry<V>(V value, Instant until, long generation) {
	}

	/** A read of the database under way for a key, begun at {@code generation}. */
	private record Loading<V>(CompletableFuture<V> value, long generation) {
	}

	/** How long a caller waits for another caller's read of the same key before reading for itself. */
	static final Duration LOAD_WAIT = Duration.ofSeconds(10);

	private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

	private final Map<K, Loading<V>> loading = new ConcurrentHashMap<>();

	private final AtomicLong generation = new AtomicLong();

	private final Duration timeToLive;

	private final int maxEntries;

	private final Clock clock;

	private final Duration loadWait;

	/** Tells the other instances that this cache was invalidated; set by {@link CacheCoherence}. */
	private volatile Runnable announcer = () -> {
	};

	/** When {@link #put} next drops expired entries, so keys never asked for again do not pile up. */
	private volatile Instant nextSweep = Instant.MIN;

	/**
	 * @param timeToLive how long a value is reused; zero keeps nothing
	 * @param maxEntries past this many entries the cache starts afresh instead of growing
	 */
	public ExpiringCache(Duration timeToLive, int maxEntries, Clock clock) {
		this(timeToLive, maxEntries, clock, LOAD_WAIT);
	}

	ExpiringCache(Duration timeToLive, int maxEntries, Clock clock, Duration loadWait) {
		this.loadWait = loadWait;
		if (timeToLive.isNegative() || maxEntries < 1) {
			throw new IllegalArgumentException("A cache needs a time to live ≥ 0 and room for an entry");
		}
		this.timeToLive = timeToLive;
		this.maxEntries = maxEntries;
		this.clock = clock;
	}

	/** To be taken before reading the value from the database, and passed to {@link #put}. */
	public long generation() {
		return this.generation.get();
	}

	public Optional<V> get(K key) {
		Entry<V> entry = this.entries.get(key);
		if (entry == null) {
			return Optional.empty();
		}
		if (entry.generation() != this.generation.get() || !Instant.now(this.clock).isBefore(entry.until())) {
			this.entries.remove(key, entry);
			return Optional.empty();
		}
		return Optional.of(entry.value());
	}

	/**
	 * The value kept for the key, or else the value {@code read} gives now, kept for the time to live unless an
	 * invalidation came while it was read (the generation is taken before the read).
	 * <p>
	 * One read at a time per key and generation: a caller that finds a read of the same key under way (begun after
	 * the latest invalidation) waits for its value instead of reading the database too, so the callers who find a
	 * value expired together (a dashboard's clients, every minute) cost one read, not one each. A caller waits at most
	 * {@link #LOAD_WAIT} (then, or if that read fails, it reads for itself): never a deadlock, only a delay. A caller
	 * who comes after an invalidation never waits for a read begun before it, and a transaction that has invalidated the
	 * cache reads for itself (it must see its own changes) and keeps nothing until it ends.
	 */
	public V get(K key, Supplier<? extends V> read) {
		if (TransactionSynchronizationManager.hasResource(this)) {
			return read.get();
		}
		Optional<V> cached = get(key);
		if (cached.isPresent()) {
			return cached.get();
		}
		long readGeneration = generation();
		Loading<V> mine = new Loading<>(new CompletableFuture<>(), readGeneration);
		Loading<V> underWay = this.loading.putIfAbsent(key, mine);
		if (underWay != null) {
			if (underWay.generation() == readGeneration) {
				Optional<V> shared = await(underWay.value());
				if (shared.isPresent()) {
					return shared.get();
				}
			}
			V value = read.get();
			put(key, value, readGeneration);
			return value;
		}
		try {
			V value = read.get();
			put(key, value, readGeneration);
			mine.value().complete(value);
			return value;
		}
		catch (RuntimeException | Error failure) {
			mine.value().completeExceptionally(failure);
			throw failure;
		}
		finally {
			this.loading.remove(key, mine);
		}
	}

	private Optional<V> await(CompletableFuture<V> value) {
		try {
			return Optional.ofNullable(value.get(this.loadWait.toMillis(), TimeUnit.MILLISECONDS));
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
		catch (ExecutionException | TimeoutException failedOrSlow) {
			return Optional.empty();
		}
	}

	/** Keeps a value read at {@code readGeneration} for the time to live. */
	public void put(K key, V value, long readGeneration) {
		put(key, value, Instant.MAX, readGeneration);
	}

	/** Keeps a value read at {@code readGeneration} for the time to live, but never past {@code notAfter}. */
	public void put(K key, V value, Instant notAfter, long readGeneration) {
		if (this.timeToLive.isZero() || readGeneration != this.generation.get()) {
			return;
		}
		Instant now = Instant.now(this.clock);
		if (!now.isBefore(this.nextSweep)) {
			this.nextSweep = now.plus(this.timeToLive);
			long current = this.generation.get();
			this.entries.values().removeIf(entry -> entry.generation() != current || !now.isBefore(entry.until()));
		}
		if (this.entries.size() >= this.maxEntries) {
			this.entries.clear();
		}
		Instant until = now.plus(this.timeToLive);
		this.entries.put(key, new Entry<>(value, until.isBefore(notAfter) ? until : notAfter, readGeneration));
	}

	/** How many entries are held, expired ones not yet swept included. */
	int size() {
		return this.entries.size();
	}

	/**
	 * Drops every value, now and again when the current transaction (if any) ends; other instances
	 * are told once it has committed (at once without a transaction).
	 */
	public void invalidateAll() {
		clear();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			// Until it ends, this transaction reads its own changes: it neither shares other callers' reads nor keeps its own.
			if (!TransactionSynchronizationManager.hasResource(this)) {
				TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
			}
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(ExpiringCache.this);
					clear();
					if (status == STATUS_COMMITTED) {
						ExpiringCache.this.announcer.run();
					}
				}
			});
		}
		else {
			this.announcer.run();
		}
	}

	/** Drops every value without telling anyone: another instance announced a change. */
	void invalidateLocally() {
		clear();
	}

	void announceWith(Runnable announcer) {
		this.announcer = announcer;
	}

	private void clear() {
		this.generation.incrementAndGet();
		this.entries.clear();
	}

}
