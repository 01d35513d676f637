package org.ohsonline.portal.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PdfSignaturesTests {

	private static final Instant AT = Instant.parse("2026-11-23T08:00:00Z");

	private static SigningKey key;

	@BeforeAll
	static void generateKey() {
		key = SigningKeys.selfSigned("测试签章单位", AT, AT.plus(365, ChronoUnit.DAYS));
	}

	@Test
	void signsTheWholeFileWithAVerifiableSignatureNamingTheSigner() throws IOException {
		byte[] signed = PdfSignatures.sign(pdf(), key, AT, "BG-2026-0001", "杭州");

		PdfSignatures.Check check = PdfSignatures.check(signed).orElseThrow();
		assertThat(check.valid()).isTrue();
		assertThat(check.coversWholeFile()).isTrue();
		assertThat(check.signerFingerprint()).isEqualTo(key.fingerprint()).hasSize(64);
		assertThat(check.signerSubject()).contains("测试签章单位");
		assertThat(check.signedAt()).isEqualTo(AT);
	}

	@Test
	void aChangedByteBreaksTheSignature() throws IOException {
		byte[] signed = PdfSignatures.sign(pdf(), key, AT, "BG-2026-0001", "杭州");
		byte[] tampered = Arrays.copyOf(signed, signed.length);
		// The page's media box, inside the signed range: 612 → 712 (a visibly different page size).
		int at = indexOf(tampered, "612".getBytes());
		assertThat(at).isPositive();
		tampered[at] = '7';

		assertThat(PdfSignatures.check(tampered).orElseThrow().valid()).isFalse();
	}

	@Test
	void bytesAppendedAfterSigningAreNotCoveredBySignature() throws IOException {
		byte[] signed = PdfSignatures.sign(pdf(), key, AT, "BG-2026-0001", "杭州");
		byte[] extended = Arrays.copyOf(signed, signed.length + 12);
		System.arraycopy("\n% appended".getBytes(), 0, extended, signed.length, 11);

		PdfSignatures.Check check = PdfSignatures.check(extended).orElseThrow();
		assertThat(check.valid()).as("the signed ranges themselves are intact").isTrue();
		assertThat(check.coversWholeFile()).isFalse();
	}

	@Test
	void anUnsignedFileHasNoSignatureToCheck() throws IOException {
		assertThat(PdfSignatures.check(pdf())).isEmpty();
	}

	@Test
	void signsWithTheKeyOfAConfiguredKeystore(@TempDir Path dir) throws Exception {
		KeyStore store = KeyStore.getInstance("PKCS12");
		store.load(null, null);
		store.setKeyEntry("ca-issued", key.privateKey(), "s3cret".toCharArray(), new Certificate[] { key.certificate() });
		Path file = dir.resolve("signing.p12");
		try (OutputStream out = Files.newOutputStream(file)) {
			store.store(out, "s3cret".toCharArray());
		}

		SigningKey loaded = SigningKeys.fromKeystore(file, "s3cret".toCharArray());
		assertThat(loaded.fingerprint()).isEqualTo(key.fingerprint());
		byte[] signed = PdfSignatures.sign(pdf(), loaded, AT, "n", "l");
		assertThat(PdfSignatures.check(signed).orElseThrow().valid()).isTrue();

		assertThatThrownBy(() -> SigningKeys.fromKeystore(file, "wrong".toCharArray()))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("cannot be read");
	}

	private static byte[] pdf() throws IOException {
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out, org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
			return out.toByteArray();
		}
	}

	private static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
