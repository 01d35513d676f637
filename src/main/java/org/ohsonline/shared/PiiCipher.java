package org.ohsonline.shared;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts personal data at rest (AES-256-GCM) and computes keyed blind indexes (HMAC-SHA256) for
 * exact lookup without decrypting. Both keys are derived from {@code OHS_SECRET_KEY}, each for its
 * own purpose, so the index cannot be used to decrypt.
 */
public final class PiiCipher {

	private static final byte VERSION = 1;

	private static final int NONCE_BYTES = 12;

	private final SecretKeySpec encryptionKey;

	private final SecretKeySpec indexKey;

	private final SecureRandom random = new SecureRandom();

	public PiiCipher(byte[] masterKey) {
		if (masterKey.length < 32) {
			throw new IllegalArgumentException("OHS_SECRET_KEY must decode to at least 32 bytes");
		}
		this.encryptionKey = new SecretKeySpec(derive(masterKey, "ohs-pii-encryption"), "AES");
		this.indexKey = new SecretKeySpec(derive(masterKey, "ohs-pii-blind-index"), "HmacSHA256");
	}

	public String encrypt(String plain) {
		if (plain == null) {
			return null;
		}
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			this.random.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.encryptionKey, new GCMParameterSpec(128, nonce));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			ByteBuffer out = ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length);
			out.put(VERSION).put(nonce).put(sealed);
			return Base64.getEncoder().encodeToString(out.array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Encryption failed", ex);
		}
	}

	public String decrypt(String sealedText) {
		if (sealedText == null) {
			return null;
		}
		try {
			ByteBuffer in = ByteBuffer.wrap(Base64.getDecoder().decode(sealedText));
			if (in.get() != VERSION) {
				throw new IllegalStateException("Unknown ciphertext version");
			}
			byte[] nonce = new byte[NONCE_BYTES];
			in.get(nonce);
			byte[] sealed = new byte[in.remaining()];
			in.get(sealed);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.encryptionKey, new GCMParameterSpec(128, nonce));
			return new String(cipher.doFinal(sealed), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Decryption failed: wrong OHS_SECRET_KEY or altered data", ex);
		}
	}

	/** A deterministic keyed digest for exact-match lookup of an encrypted value. */
	public String blindIndex(String plain) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.indexKey);
			return HexFormat.of().formatHex(mac.doFinal(plain.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] derive(byte[] masterKey, String purpose) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(masterKey, "HmacSHA256"));
			return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
