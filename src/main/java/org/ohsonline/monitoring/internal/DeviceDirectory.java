package org.ohsonline.monitoring.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

import org.ohsonline.shared.CacheCoherence;
import org.ohsonline.shared.ExpiringCache;
import org.ohsonline.shared.Hashes;

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

	private final SecureRandom random = new SecureRandom();

	private final ExpiringCache<String, Optional<DeviceRef>> byHash;

	private final ExpiringCache<String, Optional<DeviceRef>> byCode;

	DeviceDirectory(DeviceStore store, Clock clock, MonitoringSettings settings, CacheCoherence coherence) {
		this.store = store;
		this.byHash = coherence.register("monitoring.devices",
				new ExpiringCache<>(settings.deviceCacheTtl(), 100_000, clock));
		this.byCode = coherence.register("monitoring.devices",
				new ExpiringCache<>(settings.deviceCacheTtl(), 100_000, clock));
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

	private static Optional<DeviceRef> lookup(ExpiringCache<String, Optional<DeviceRef>> cache, String key,
			java.util.function.Supplier<Optional<DeviceRef>> loader) {
		var cached = cache.get(key);
		if (cached.isPresent()) {
			return cached.get();
		}
		long generation = cache.generation();
		Optional<DeviceRef> device = loader.get();
		cache.put(key, device, generation);
		return device;
	}

	/** Forgets every cached lookup (after a device changed on this instance), now and when its transaction ends. */
	void evict() {
		this.byHash.invalidateAll();
		this.byCode.invalidateAll();
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
		return Hashes.sha256Hex(secret);
	}

}
