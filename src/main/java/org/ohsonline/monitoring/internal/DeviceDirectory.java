package org.ohsonline.monitoring.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Finds the active device behind a bearer token or a code, the way iam checks API tokens: the
 * secret is a random 256-bit value shown once and stored only as its SHA-256 hash. Lookups are
 * cached for {@code ohs.monitoring.device-cache-ttl} (also misses, so a flood of bad tokens does
 * not reach the database on every request); changes to a device clear the cache at once on this
 * instance and within the TTL on others.
 */
@Component
public class DeviceDirectory {

	static final String PREFIX = "dev_";

	private final DeviceStore store;

	private final Clock clock;

	private final long ttlMillis;

	private final SecureRandom random = new SecureRandom();

	private final ConcurrentHashMap<String, Cached> byHash = new ConcurrentHashMap<>();

	private final ConcurrentHashMap<String, Cached> byCode = new ConcurrentHashMap<>();

	DeviceDirectory(DeviceStore store, Clock clock, MonitoringSettings settings) {
		this.store = store;
		this.clock = clock;
		this.ttlMillis = settings.deviceCacheTtl().toMillis();
	}

	private record Cached(Optional<DeviceRef> device, long until) {
	}

	/** The active device a token belongs to. */
	public Optional<DeviceRef> byToken(String secret) {
		if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
			return Optional.empty();
		}
		String hash = hash(secret);
		return lookup(this.byHash, hash, () -> this.store.activeByTokenHash(hash));
	}

	/** The active device with a code. */
	public Optional<DeviceRef> byCode(String code) {
		if (code == null || code.isEmpty() || code.length() > 64) {
			return Optional.empty();
		}
		return lookup(this.byCode, code, () -> this.store.activeByCode(code));
	}

	private Optional<DeviceRef> lookup(ConcurrentHashMap<String, Cached> cache, String key,
			java.util.function.Supplier<Optional<DeviceRef>> loader) {
		long now = this.clock.millis();
		Cached cached = cache.get(key);
		if (cached != null && cached.until() > now) {
			return cached.device();
		}
		if (cache.size() > 100_000) {
			cache.clear();
		}
		Optional<DeviceRef> device = loader.get();
		cache.put(key, new Cached(device, now + this.ttlMillis));
		return device;
	}

	/** Forgets every cached lookup (after a device changed on this instance). */
	void evict() {
		this.byHash.clear();
		this.byCode.clear();
	}

	String newSecret() {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hint(String secret) {
		return secret.substring(0, PREFIX.length() + 4);
	}

	static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
