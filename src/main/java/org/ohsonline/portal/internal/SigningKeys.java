package org.ohsonline.portal.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.Map;
import java.util.Optional;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.portal.DocumentSigning;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.CacheCoherence;
import org.ohsonline.shared.ExpiringCache;
import org.ohsonline.shared.PiiCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The key that signs issued PDFs. An operator may configure a PKCS#12 keystore with a certificate
 * from a certification authority ({@code ohs.documents.signing.keystore}, {@code .password}); without
 * one the platform generates an RSA key with a self-signed certificate once, keeps it in
 * {@code portal.signing_key} with the private key sealed by the secret key, and uses it from then on
 * on every instance. Readers then see the signer and fingerprint that the verification page shows.
 */
@Component
class SigningKeys implements DocumentSigning {

	private static final int KEY_BITS = 3072;

	private static final String ACTIVE = "active";

	private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

	private static final long VALID_YEARS = 10;

	private final JdbcClient jdbc;

	private final PiiCipher cipher;

	private final Clock clock;

	private final TransactionTemplate ownTransaction;

	private final String keystore;

	private final String password;

	private final String organisation;

	/**
	 * The active key, kept for ten minutes; a rotation on any instance drops it on every instance at
	 * once ({@link CacheCoherence}), so the next document is signed with the new key everywhere.
	 */
	private final ExpiringCache<String, SigningKey> active;

	private final AuditTrail audit;

	SigningKeys(JdbcClient jdbc, PiiCipher cipher, Clock clock, PlatformTransactionManager transactions,
			CacheCoherence coherence, AuditTrail audit,
			@Value("${ohs.documents.signing.keystore:}") String keystore,
			@Value("${ohs.documents.signing.password:}") String password,
			@Value("${ohs.documents.signing.organisation:职业健康在线 OHS Online}") String organisation) {
		this.active = coherence.register("portal.signing-key", new ExpiringCache<>(Duration.ofMinutes(10), 1, clock));
		this.audit = audit;
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.keystore = keystore == null ? "" : keystore.trim();
		this.password = password == null ? "" : password;
		this.organisation = organisation;
	}

	SigningKey active() {
		Optional<SigningKey> cached = this.active.get(ACTIVE);
		if (cached.isPresent()) {
			return cached.get();
		}
		synchronized (this) {
			cached = this.active.get(ACTIVE);
			if (cached.isPresent()) {
				return cached.get();
			}
			long generation = this.active.generation();
			SigningKey key = this.keystore.isEmpty() ? this.ownTransaction.execute(status -> storedOrNew())
					: fromKeystore(Path.of(this.keystore), this.password.toCharArray());
			this.active.put(ACTIVE, key, generation);
			return key;
		}
	}

	/**
	 * Retires the active generated key and generates a new one, which signs every document from now
	 * on, on every instance. Documents signed before stay verifiable: each PDF carries its signer's
	 * certificate, the register keeps each document's signer fingerprint, and the retired key's row
	 * (certificate and fingerprint) stays. Audited. Not for a configured keystore: replace the file.
	 */
	@Override
	public String activeFingerprint() {
		return active().fingerprint();
	}

	@Override
	public String rotate(Actor actor) {
		return rotateKey(actor).fingerprint();
	}

	SigningKey rotateKey(Actor actor) {
		if (!this.keystore.isEmpty()) {
			throw new IllegalStateException("The signing key comes from the keystore " + this.keystore
					+ ": replace that file (ohs.documents.signing.keystore) and restart instead");
		}
		SigningKey key = this.ownTransaction.execute(status -> {
			this.jdbc.sql("select pg_advisory_xact_lock(hashtext('portal.signing_key'))").query((rs, n) -> 1).single();
			String retired = this.jdbc.sql("select fingerprint_sha256 from portal.signing_key where active")
				.query(String.class)
				.optional()
				.orElse("");
			this.jdbc.sql("update portal.signing_key set active = false where active").update();
			SigningKey created = generate();
			this.audit.record(actor, "portal.signing-key.rotated", AuditTarget.of("signing-key", created.fingerprint(), ""),
					Map.of("fingerprint", retired), Map.of("fingerprint", created.fingerprint(), "subject", created.subject()));
			this.active.invalidateAll();
			return created;
		});
		log.info("Document-signing key rotated: documents are now signed by {}", key.fingerprint());
		return key;
	}

	/** The first private key entry of a PKCS#12 keystore, with its certificate. */
	static SigningKey fromKeystore(Path file, char[] password) {
		try (InputStream in = Files.newInputStream(file)) {
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(in, password);
			for (String alias : Collections.list(store.aliases())) {
				if (store.isKeyEntry(alias)) {
					PrivateKey key = (PrivateKey) store.getKey(alias, password);
					X509Certificate certificate = (X509Certificate) store.getCertificate(alias);
					return new SigningKey(key, certificate, certificate.getSubjectX500Principal().getName(),
							PdfSignatures.fingerprint(certificate));
				}
			}
			throw new IllegalStateException("The signing keystore " + file + " holds no private key");
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException("The signing keystore " + file + " cannot be read: " + ex.getMessage(), ex);
		}
	}

	private SigningKey storedOrNew() {
		// One instance generates; the others wait here and then read its key.
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext('portal.signing_key'))").query((rs, n) -> 1).single();
		return stored().orElseGet(this::generate);
	}

	private Optional<SigningKey> stored() {
		return this.jdbc.sql("select certificate_der, private_key_sealed from portal.signing_key where active")
			.query((rs, n) -> restore(rs.getBytes("certificate_der"), rs.getString("private_key_sealed")))
			.optional();
	}

	private SigningKey restore(byte[] der, String sealed) {
		try {
			X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
				.generateCertificate(new java.io.ByteArrayInputStream(der));
			PrivateKey key = KeyFactory.getInstance("RSA")
				.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(this.cipher.decrypt(sealed))));
			return new SigningKey(key, certificate, certificate.getSubjectX500Principal().getName(),
					PdfSignatures.fingerprint(certificate));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("The stored signing key cannot be read", ex);
		}
	}

	private SigningKey generate() {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
		Instant until = now.plus(VALID_YEARS * 365, ChronoUnit.DAYS);
		SigningKey key = selfSigned(this.organisation, now, until);
		this.jdbc.sql("""
				insert into portal.signing_key (subject, certificate_der, private_key_sealed, fingerprint_sha256,
				    not_before, not_after, created_at, active)
				values (:subject, :der, :sealed, :fingerprint, :from, :until, :from, true)""")
			.param("subject", key.subject())
			.param("der", encoded(key.certificate()))
			.param("sealed", this.cipher.encrypt(Base64.getEncoder().encodeToString(key.privateKey().getEncoded())))
			.param("fingerprint", key.fingerprint())
			.param("from", Timestamp.from(now))
			.param("until", Timestamp.from(until))
			.update();
		return key;
	}

	/** A new RSA key with a self-signed certificate for document signing (key usage: signature, non-repudiation). */
	static SigningKey selfSigned(String organisation, Instant from, Instant until) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(KEY_BITS, new SecureRandom());
			KeyPair pair = generator.generateKeyPair();
			X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "CN")
				.addRDN(BCStyle.O, organisation)
				.addRDN(BCStyle.CN, organisation + " 文书签章 Document signing")
				.build();
			JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
					new BigInteger(64, new SecureRandom()).abs(), Date.from(from), Date.from(until), subject,
					pair.getPublic());
			builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
			builder.addExtension(Extension.keyUsage, true,
					new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
			X509Certificate certificate = new JcaX509CertificateConverter()
				.getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
			return new SigningKey(pair.getPrivate(), certificate, certificate.getSubjectX500Principal().getName(),
					PdfSignatures.fingerprint(certificate));
		}
		catch (GeneralSecurityException | OperatorCreationException | IOException ex) {
			throw new IllegalStateException("A signing key could not be generated", ex);
		}
	}

	private static byte[] encoded(X509Certificate certificate) {
		try {
			return certificate.getEncoded();
		}
		catch (java.security.cert.CertificateEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
