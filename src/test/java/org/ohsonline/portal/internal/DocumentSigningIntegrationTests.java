package org.ohsonline.portal.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ohsonline.IntegrationTest;
import org.ohsonline.PdfReading;
import org.ohsonline.portal.DocumentIssue;
import org.ohsonline.portal.DocumentSigning;
import org.ohsonline.portal.IssuedDocument;
import org.ohsonline.portal.IssuedDocuments;
import org.ohsonline.portal.Verification;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.documents.PdfDocuments;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every issued PDF is signed with the platform's key before its hash is recorded: the signature
 * holds over the whole file, names the signer the verification page shows, and breaks on any change.
 */
@IntegrationTest
class DocumentSigningIntegrationTests {

	private static final Actor ISSUER = new Actor(21, "signing-test", "出具人", "330105", Scope.region("330105"),
			Set.of(), "127.0.0.1", Actor.Channel.UI);

	@Autowired
	IssuedDocuments documents;

	@Autowired
	PdfDocuments pdf;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DocumentSigning signing;

	@Autowired
	MockMvc mvc;

	@TempDir
	Path temp;

	@Test
	void issuedDocumentsAreSignedByOneStoredKeyThatTheVerificationPageNames() throws Exception {
		IssuedDocument first = issue("QM-2026-0001");
		IssuedDocument second = issue("QM-2026-0002");

		PdfSignatures.Check check = PdfSignatures.check(first.pdf()).orElseThrow();
		assertThat(check.valid()).isTrue();
		assertThat(check.coversWholeFile()).isTrue();
		assertThat(check.signerSubject()).contains("职业健康在线");
		assertThat(PdfSignatures.check(second.pdf()).orElseThrow().signerFingerprint())
			.as("the same key signs every document").isEqualTo(check.signerFingerprint());
		assertThat(this.jdbc.sql("select count(*) from portal.signing_key where active").query(Long.class).single())
			.isEqualTo(1);
		assertThat(this.jdbc.sql("select fingerprint_sha256 from portal.signing_key where active")
			.query(String.class)
			.single()).isEqualTo(check.signerFingerprint());

		// poppler, a reader independent of the code that signed, agrees.
		String poppler = PdfReading.signatures(first.pdf(), this.temp);
		assertThat(poppler).contains("Signature is Valid", "Total document signed");
		assertThat(PdfReading.signatures(PdfReading.tampered(first.pdf()), this.temp)).doesNotContain("Signature is Valid");

		// The hash recorded is the signed file's: the holder's copy matches, a changed byte does not.
		assertThat(this.documents.matches(first.link().code(), first.pdf())).contains(true);
		byte[] tampered = PdfReading.tampered(first.pdf());
		assertThat(this.documents.matches(first.link().code(), tampered)).contains(false);
		assertThat(PdfSignatures.check(tampered).orElseThrow().valid()).isFalse();

		Verification verification = this.documents.verify(first.link().code()).orElseThrow();
		assertThat(verification.signerFingerprint()).isEqualTo(check.signerFingerprint());
		String page = this.mvc.perform(get("/verify/" + first.link().code())).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("数字签名者", check.signerFingerprint());
	}

	/**
	 * Rotating the generated key (decision 0024): what follows is signed by the new key, what was
	 * signed before still verifies, by its own certificate and the fingerprint the register kept.
	 */
	@Test
	void aRotatedKeySignsWhatFollowsAndWhatItSignedBeforeStaysVerifiable() throws Exception {
		IssuedDocument before = issue("QM-2026-0101");
		String retired = this.signing.activeFingerprint();
		String created = this.signing.rotate(Actor.system("test"));
		assertThat(created).isNotEqualTo(retired);
		IssuedDocument after = issue("QM-2026-0102");

		PdfSignatures.Check old = PdfSignatures.check(before.pdf()).orElseThrow();
		assertThat(old.valid()).isTrue();
		assertThat(old.signerFingerprint()).isEqualTo(retired);
		assertThat(PdfSignatures.check(after.pdf()).orElseThrow().signerFingerprint()).isEqualTo(created);
		assertThat(PdfReading.signatures(before.pdf(), this.temp)).contains("Signature is Valid");
		assertThat(this.documents.matches(before.link().code(), before.pdf())).contains(true);
		assertThat(this.documents.verify(before.link().code()).orElseThrow().signerFingerprint()).isEqualTo(retired);
		assertThat(this.documents.verify(after.link().code()).orElseThrow().signerFingerprint()).isEqualTo(created);

		assertThat(this.jdbc.sql("select fingerprint_sha256 from portal.signing_key where active")
			.query(String.class)
			.list()).containsExactly(created);
		assertThat(this.jdbc.sql("select count(*) from portal.signing_key where fingerprint_sha256 = :f and not active")
			.param("f", retired)
			.query(Long.class)
			.single()).as("the retired key's certificate is kept").isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from audit.entry where action = 'portal.signing-key.rotated' and target_id = :f")
			.param("f", created)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private IssuedDocument issue(String number) {
		return this.documents.issue(ISSUER, new DocumentIssue("portal.verify.title", number, "拱墅区卫生健康局", "张*",
				"330105", LocalDate.of(2026, 11, 23), "portal-test", number),
				link -> this.pdf.renderHtml("<html><body><p>" + number + " " + link.url() + "</p></body></html>"));
	}

}
