package org.ohsonline.portal.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Calendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import org.ohsonline.shared.Hashes;

/**
 * Digital signatures of issued PDFs: a detached CMS signature (SHA-256 with RSA, subfilter
 * {@code adbe.pkcs7.detached}, ISO 32000-1 §12.8) over the whole file except the signature itself,
 * appended as an incremental update, so any PDF reader shows who signed and whether the file changed.
 */
final class PdfSignatures {

	private PdfSignatures() {
	}

	/** What a signature says, and whether it holds for the bytes it was read from. */
	record Check(boolean valid, boolean coversWholeFile, String signerSubject, String signerFingerprint,
			Instant signedAt) {
	}

	static byte[] sign(byte[] pdf, SigningKey key, Instant at, String reason, String location) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDSignature signature = new PDSignature();
			signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
			signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
			signature.setName(key.subject());
			signature.setReason(reason);
			signature.setLocation(location);
			Calendar when = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
			when.setTimeInMillis(at.toEpochMilli());
			signature.setSignDate(when);
			document.addSignature(signature, content -> cms(content.readAllBytes(), key));
			ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 16_384);
			document.saveIncremental(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException("The PDF could not be signed", ex);
		}
	}

	private static byte[] cms(byte[] content, SigningKey key) throws IOException {
		try {
			CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
			generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
					new JcaDigestCalculatorProviderBuilder().build())
				.build(new JcaContentSignerBuilder("SHA256withRSA").build(key.privateKey()), key.certificate()));
			generator.addCertificates(new JcaCertStore(List.of(key.certificate())));
			return generator.generate(new CMSProcessableByteArray(content), false).getEncoded();
		}
		catch (OperatorCreationException | CMSException | GeneralSecurityException ex) {
			throw new IOException("The CMS signature could not be made", ex);
		}
	}

	/** The last signature of a PDF, checked against its bytes; empty when the file carries none. */
	static Optional<Check> check(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<PDSignature> signatures = document.getSignatureDictionaries();
			if (signatures.isEmpty()) {
				return Optional.empty();
			}
			PDSignature signature = signatures.get(signatures.size() - 1);
			int[] range = signature.getByteRange();
			boolean whole = range.length == 4 && range[0] == 0 && (long) range[2] + range[3] == pdf.length;
			CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)),
					signature.getContents(pdf));
			SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
			@SuppressWarnings("unchecked")
			X509CertificateHolder certificate = (X509CertificateHolder) cms.getCertificates()
				.getMatches(signer.getSID())
				.iterator()
				.next();
			boolean valid = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
			Calendar date = signature.getSignDate();
			return Optional.of(new Check(valid, whole, certificate.getSubject().toString(),
					Hashes.sha256Hex(certificate.getEncoded()), date == null ? null : date.toInstant()));
		}
		catch (IOException | CMSException | OperatorCreationException | java.security.cert.CertificateException
				| RuntimeException ex) {
			// A damaged signature or file: a signature that cannot be checked does not hold.
			return Optional.of(new Check(false, false, null, null, null));
		}
	}

	static String fingerprint(X509Certificate certificate) {
		try {
			return Hashes.sha256Hex(certificate.getEncoded());
		}
		catch (java.security.cert.CertificateEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
