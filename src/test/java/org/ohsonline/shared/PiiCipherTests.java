package org.ohsonline.shared;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** Personal data at rest: readable only with the key, searchable only by exact value. */
class PiiCipherTests {

	private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

	private final PiiCipher cipher = new PiiCipher(KEY);

	@Test
	void decryptsWhatItEncrypted() {
		String sealed = this.cipher.encrypt("11010519491231002X 张三");
		assertThat(sealed).doesNotContain("11010519491231002X");
		assertThat(this.cipher.decrypt(sealed)).isEqualTo("11010519491231002X 张三");
	}

	/** A fresh nonce each time, so equal values cannot be spotted in the table. */
	@Test
	void encryptsTheSameValueDifferentlyEachTime() {
		assertThat(this.cipher.encrypt("13812345678")).isNotEqualTo(this.cipher.encrypt("13812345678"));
	}

	@Test
	void computesTheSameBlindIndexForTheSameValue() {
		String index = this.cipher.blindIndex("11010519491231002X");
		assertThat(index).isEqualTo(new PiiCipher(KEY).blindIndex("11010519491231002X")).matches("[0-9a-f]{64}");
		assertThat(this.cipher.blindIndex("110105194912310021")).isNotEqualTo(index);
	}

	@Test
	void derivesTheBlindIndexFromTheKey() {
		byte[] other = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII);
		assertThat(new PiiCipher(other).blindIndex("11010519491231002X"))
			.isNotEqualTo(this.cipher.blindIndex("11010519491231002X"));
	}

	/** GCM authenticates: a flipped bit is an error, never a silently different value. */
	@Test
	void refusesATamperedCiphertext() {
		byte[] sealed = Base64.getDecoder().decode(this.cipher.encrypt("13812345678"));
		sealed[sealed.length - 1] ^= 1;
		String tampered = Base64.getEncoder().encodeToString(sealed);
		assertThatIllegalStateException().isThrownBy(() -> this.cipher.decrypt(tampered));
	}

	@Test
	void refusesCiphertextFromAnotherKey() {
		String sealed = new PiiCipher("fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII))
			.encrypt("13812345678");
		assertThatIllegalStateException().isThrownBy(() -> this.cipher.decrypt(sealed));
	}

	@Test
	void refusesAKeyShorterThan32Bytes() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PiiCipher(new byte[31]));
	}

	@Test
	void passesNullThrough() {
		assertThat(this.cipher.encrypt(null)).isNull();
		assertThat(this.cipher.decrypt(null)).isNull();
	}

	private static final byte[] NEW_KEY = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII);

	/** During a rotation: sealed with the new key, the old key's data still read, by the key it names. */
	@Test
	void readsWhatThePreviousKeySealedWhileSealingWithTheNewOne() {
		String old = this.cipher.encrypt("13812345678");
		PiiCipher rotating = new PiiCipher(NEW_KEY, KEY);
		assertThat(rotating.decrypt(old)).isEqualTo("13812345678");
		assertThat(rotating.sealedWithCurrentKey(old)).isFalse();
		String resealed = rotating.reseal(old);
		assertThat(rotating.sealedWithCurrentKey(resealed)).isTrue();
		assertThat(rotating.reseal(resealed)).as("nothing to do twice").isSameAs(resealed);
		assertThat(new PiiCipher(NEW_KEY).decrypt(resealed)).as("readable once the old key is gone")
			.isEqualTo("13812345678");
		assertThatIllegalStateException().isThrownBy(() -> this.cipher.decrypt(resealed));
		assertThat(rotating.keyId()).isEqualTo(new PiiCipher(NEW_KEY).keyId()).isNotEqualTo(this.cipher.keyId());
		assertThat(rotating.previousKeyId()).contains(this.cipher.keyId());
	}

	/** Ciphertexts from before keys were named (version 1) are tried with both keys. */
	@Test
	void readsUnnamedCiphertextsOfEitherKey() {
		String unnamed = unnamed(this.cipher.encrypt("张三"));
		assertThat(this.cipher.decrypt(unnamed)).isEqualTo("张三");
		PiiCipher rotating = new PiiCipher(NEW_KEY, KEY);
		assertThat(rotating.decrypt(unnamed)).isEqualTo("张三");
		assertThat(rotating.sealedWithCurrentKey(unnamed)).isFalse();
		assertThatIllegalStateException().isThrownBy(() -> new PiiCipher(NEW_KEY).decrypt(unnamed));
	}

	@Test
	void looksUpByTheIndexOfEitherKeyWhileRotating() {
		PiiCipher rotating = new PiiCipher(NEW_KEY, KEY);
		assertThat(rotating.blindIndexes("11010519491231002X")).containsExactly(
				new PiiCipher(NEW_KEY).blindIndex("11010519491231002X"), this.cipher.blindIndex("11010519491231002X"));
		assertThat(this.cipher.blindIndexes("11010519491231002X")).containsExactly(this.cipher.blindIndex("11010519491231002X"));
	}

	@Test
	void refusesTheSameKeyAsPrevious() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PiiCipher(KEY, KEY.clone()));
	}

	/** The version 1 layout: version, nonce, sealed text (no key id). */
	private static String unnamed(String named) {
		byte[] bytes = Base64.getDecoder().decode(named);
		byte[] old = new byte[bytes.length - 4];
		old[0] = 1;
		System.arraycopy(bytes, 5, old, 1, bytes.length - 5);
		return Base64.getEncoder().encodeToString(old);
	}

}
