package org.ohsonline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.ohsonline.shared.PiiCipher;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The key for personal data: {@code OHS_SECRET_KEY} (base64, at least 32 bytes) in production; in
 * standalone mode a random key generated once into {@code <data>/secret.key}, never a fixed one.
 * While the key is rotated (docs/operations.md, decision 0024), the old key is
 * {@code OHS_SECRET_KEY_PREVIOUS}, or in standalone mode {@code <data>/secret.key.previous}: still
 * read, never used to seal.
 */
@Configuration(proxyBeanMethods = false)
class SecretKeyConfiguration {

	@Bean
	PiiCipher piiCipher(@Value("${ohs.secret-key:}") String configured,
			@Value("${ohs.secret-key-previous:${OHS_SECRET_KEY_PREVIOUS:}}") String previous,
			StandaloneSettings standalone) {
		byte[] previousKey = previous.isBlank() ? null : decode(previous);
		if (!configured.isBlank()) {
			return new PiiCipher(decode(configured), previousKey);
		}
		if (standalone.ephemeral()) {
			return new PiiCipher(randomKey(), previousKey);
		}
		Path previousFile = standalone.dataDirectory().resolve("secret.key.previous");
		if (previousKey == null && Files.isReadable(previousFile)) {
			previousKey = decode(read(previousFile));
		}
		return new PiiCipher(decode(keyFile(standalone.dataDirectory().resolve("secret.key"))), previousKey);
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.US_ASCII).trim();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
	}

	private static String keyFile(Path file) {
		try {
			if (!Files.exists(file)) {
				Files.createDirectories(file.getParent());
				Files.writeString(file, Base64.getEncoder().encodeToString(randomKey()), StandardCharsets.US_ASCII);
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			return Files.readString(file, StandardCharsets.US_ASCII).trim();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the standalone key " + file, ex);
		}
	}

	private static byte[] decode(String base64) {
		try {
			return Base64.getDecoder().decode(base64.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("OHS_SECRET_KEY is not valid base64 (generate one with: openssl rand -base64 32)");
		}
	}

	private static byte[] randomKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return key;
	}

}
