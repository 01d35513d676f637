package org.ohsonline.shared;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts personal data at rest (AES-256-GCM) and computes keyed blind indexes (HMAC-SHA256) for
 * exact lookup without decrypting. Both keys are derived from {@code OHS_SECRET_KEY}, each for its
 * own purpose, so the index cannot be used to decrypt.
 * <p>
 * While the key is rotated ({@code OHS_SECRET_KEY_PREVIOUS} names the old one, decision 0024),
 * everything is sealed and indexed with the current key, and what the previous key sealed is still
 * read: a ciphertext names the key that sealed it (the first four bytes of a keyed digest of the
 * key, never the key), and lookups try the index of both keys ({@link #blindIndexes}). Ciphertexts
 * written before keys were named (version 1) are tried with the current key, then the previous.
 */
public final class PiiCipher {

	/** A ciphertext without the sealing key's id: AES-GCM under the only key there was. */
	private static final byte UNNAMED = 1;

	/** A ciphertext that names its key: version, key id, nonce, sealed text with its tag. */
	private static final byte NAMED = 2;

	private static final int KEY_ID_BYTES = 4;

	private static final int NONCE_BYTES = 12;

	private record Keys(SecretKeySpec encryption, SecretKeySpec index, byte[] id) {

		static Keys of(byte[] masterKey) {
			if (masterKey.length < 32) {
				throw new IllegalArgumentException("OHS_SECRET_KEY must decode to at least 32 bytes");
			}
			return new Keys(new SecretKeySpec(derive(masterKey, "ohs-pii-encryption"), "AES"),
					new SecretKeySpec(derive(masterKey, "ohs-pii-blind-index"), "HmacSHA256"),
					Arrays.copyOf(derive(masterKey, "ohs-key-id"), KEY_ID_BYTES));
		}

	}

	private final Keys current;

	private final Keys previous;

	private final SecureRandom random = new SecureRandom();

	public PiiCipher(byte[] masterKey) {
		this(masterKey, null);
	}

	/** A cipher that seals with {@code masterKey} and still reads what {@code previousKey} (if any) sealed. */
	public PiiCipher(byte[] masterKey, byte[] previousKey) {
		this.current = Keys.of(masterKey);
		this.previous = previousKey == null ? null : Keys.of(previousKey);
		if (this.previous != null && Arrays.equals(this.current.id(), this.previous.id())) {
			throw new IllegalArgumentException("OHS_SECRET_KEY_PREVIOUS is the same key as OHS_SECRET_KEY");
		}
	}

	public String encrypt(String plain) {
		if (plain == null) {
			return null;
		}
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			this.random.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.current.encryption(), new GCMParameterSpec(128, nonce));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			ByteBuffer out = ByteBuffer.allocate(1 + KEY_ID_BYTES + NONCE_BYTES + sealed.length);
			out.put(NAMED).put(this.current.id()).put(nonce).put(sealed);
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
		ByteBuffer in = ByteBuffer.wrap(Base64.getDecoder().decode(sealedText));
		byte version = in.get();
		if (version == NAMED) {
			byte[] id = new byte[KEY_ID_BYTES];
			in.get(id);
			Keys keys = Arrays.equals(id, this.current.id()) ? this.current
					: this.previous != null && Arrays.equals(id, this.previous.id()) ? this.previous : null;
			if (keys == null) {
				throw new IllegalStateException("Sealed with a key that is neither OHS_SECRET_KEY nor OHS_SECRET_KEY_PREVIOUS");
			}
			return open(in, keys);
		}
		if (version != UNNAMED) {
			throw new IllegalStateException("Unknown ciphertext version");
		}
		try {
			return open(in.duplicate(), this.current);
		}
		catch (IllegalStateException wrongKey) {
			if (this.previous == null) {
				throw wrongKey;
			}
			return open(in, this.previous);
		}
	}

	/** Whether {@code sealedText} was sealed with the current key (nothing to re-encrypt). */
	public boolean sealedWithCurrentKey(String sealedText) {
		if (sealedText == null) {
			return true;
		}
		byte[] head = Base64.getDecoder().decode(sealedText.substring(0, Math.min(sealedText.length(), 8)));
		return head.length > KEY_ID_BYTES && head[0] == NAMED
				&& MessageDigest.isEqual(Arrays.copyOfRange(head, 1, 1 + KEY_ID_BYTES), this.current.id());
	}

	/** The same text sealed with the current key; itself if it already is. */
	public String reseal(String sealedText) {
		return sealedWithCurrentKey(sealedText) ? sealedText : encrypt(decrypt(sealedText));
	}

	/** A deterministic keyed digest for exact-match lookup of an encrypted value, with the current key. */
	public String blindIndex(String plain) {
		return index(plain, this.current);
	}

	/**
	 * The blind indexes under which {@code plain} may be stored: the current key's and, while a key is
	 * rotated, the previous key's. Lookups ask for any of them.
	 */
	public List<String> blindIndexes(String plain) {
		return this.previous == null ? List.of(index(plain, this.current))
				: List.of(index(plain, this.current), index(plain, this.previous));
	}

	/** The previous key's index of {@code plain}, while a key is rotated. */
	public Optional<String> previousBlindIndex(String plain) {
		return this.previous == null ? Optional.empty() : Optional.of(index(plain, this.previous));
	}

	/** The current key's id (hex), for the audit trail and progress: names the key, reveals nothing of it. */
	public String keyId() {
		return HexFormat.of().formatHex(this.current.id());
	}

	/** The previous key's id, while a key is rotated. */
	public Optional<String> previousKeyId() {
		return Optional.ofNullable(this.previous).map(keys -> HexFormat.of().formatHex(keys.id()));
	}

	private static String open(ByteBuffer in, Keys keys) {
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			in.get(nonce);
			byte[] sealed = new byte[in.remaining()];
			in.get(sealed);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, keys.encryption(), new GCMParameterSpec(128, nonce));
			return new String(cipher.doFinal(sealed), StandardCharsets.UTF_8);
		}
		catch (AEADBadTagException ex) {
			throw new IllegalStateException("Decryption failed: wrong OHS_SECRET_KEY or altered data", ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Decryption failed", ex);
		}
	}

	private static String index(String plain, Keys keys) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(keys.index());
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
