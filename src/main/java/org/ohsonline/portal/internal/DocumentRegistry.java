package org.ohsonline.portal.internal;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.portal.DocumentIssue;
import org.ohsonline.portal.DocumentRenderer;
import org.ohsonline.portal.DocumentStatus;
import org.ohsonline.portal.IssuedDocument;
import org.ohsonline.portal.IssuedDocuments;
import org.ohsonline.portal.Verification;
import org.ohsonline.portal.VerificationLink;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Hashes;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DocumentRegistry implements IssuedDocuments {

	/** Crockford-style alphabet without 0/O, 1/I/L: a code read aloud or typed is not misread. */
	private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	/** 16 characters of a 31-letter alphabet: about 79 bits, far beyond guessing. */
	private static final int CODE_LENGTH = 16;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final PublicLinks links;

	private final SigningKeys keys;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	DocumentRegistry(JdbcClient jdbc, AuditTrail audit, PublicLinks links, SigningKeys keys, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.links = links;
		this.keys = keys;
		this.clock = clock;
	}

	@Override
	@Transactional
	public IssuedDocument issue(Actor actor, DocumentIssue issue, DocumentRenderer renderer) {
		String code = newCode();
		VerificationLink link = new VerificationLink(code, this.links.verificationUrl(code));
		Instant now = Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
		SigningKey key = this.keys.active();
		// Signed before hashing: the register keeps the hash of the signed file, the one people receive.
		byte[] pdf = PdfSignatures.sign(renderer.render(link), key, now, issue.number(), issue.issuer());
		String sha256 = sha256(pdf);
		this.jdbc.sql("""
				insert into portal.issued_document (code, type_key, number, issuer, holder_masked, region_code, issued_on,
				    issued_at, issued_by, content_sha256, source_module, source_id, signer_subject, signer_fingerprint)
				values (:code, :type, :number, :issuer, :holder, :region, :issuedOn, :at, :by, :sha, :module, :source,
				    :signer, :fingerprint)""")
			.param("code", code)
			.param("type", issue.typeKey())
			.param("number", issue.number())
			.param("issuer", issue.issuer())
			.param("holder", issue.holderMasked())
			.param("region", issue.regionCode())
			.param("issuedOn", issue.issuedOn())
			.param("at", Timestamp.from(now))
			.param("by", actor.username())
			.param("sha", sha256)
			.param("module", issue.sourceModule())
			.param("source", issue.sourceId())
			.param("signer", key.subject())
			.param("fingerprint", key.fingerprint())
			.update();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("type", issue.typeKey());
		after.put("number", issue.number());
		after.put("issuer", issue.issuer());
		after.put("holder", issue.holderMasked());
		after.put("issuedOn", issue.issuedOn().toString());
		after.put("sha256", sha256);
		after.put("signer", key.fingerprint());
		after.put("source", issue.sourceModule() + ":" + issue.sourceId());
		this.audit.record(actor, "portal.document.issued", AuditTarget.of("issued-document", code, issue.regionCode()),
				null, after);
		return new IssuedDocument(link, sha256, pdf, now);
	}

	@Override
	@Transactional
	public IssuedDocument reissue(Actor actor, String replacedCode, String reason, DocumentIssue issue,
			DocumentRenderer renderer) {
		requireReason(reason);
		Verification replaced = current(replacedCode);
		IssuedDocument issued = issue(actor, issue, renderer);
		changeStatus(actor, replaced, DocumentStatus.REPLACED, reason.trim(), issued.link().code());
		return issued;
	}

	@Override
	@Transactional
	public void withdraw(Actor actor, String code, String reason) {
		requireReason(reason);
		changeStatus(actor, current(code), DocumentStatus.WITHDRAWN, reason.trim(), null);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Verification> verify(String code) {
		String normalised = normalise(code);
		if (normalised == null) {
			return Optional.empty();
		}
		return this.jdbc.sql("select * from portal.issued_document where code = :code")
			.param("code", normalised)
			.query(DocumentRegistry::verification)
			.optional();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Boolean> matches(String code, byte[] copy) {
		return verify(code).map(document -> document.sha256().equals(sha256(copy)));
	}

	static String sha256(byte[] content) {
		return Hashes.sha256Hex(content);
	}

	/** A typed code in any case, with spaces or dashes, as printed: {@code null} when it cannot be one. */
	static String normalise(String code) {
		if (code == null) {
			return null;
		}
		String compact = code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
		if (compact.length() != CODE_LENGTH || !compact.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
			return null;
		}
		return compact;
	}

	private String newCode() {
		StringBuilder code = new StringBuilder(CODE_LENGTH);
		for (int i = 0; i < CODE_LENGTH; i++) {
			code.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	private Verification current(String code) {
		Verification document = verify(code).orElseThrow(() -> new NotFoundException("issued-document", code));
		if (document.status() != DocumentStatus.VALID) {
			throw InvalidInputException.of("code", "portal.document.notValid", document.code());
		}
		return document;
	}

	private void changeStatus(Actor actor, Verification document, DocumentStatus status, String reason,
			String replacedBy) {
		String region = this.jdbc.sql("select region_code from portal.issued_document where code = :code")
			.param("code", document.code())
			.query(String.class)
			.single();
		this.jdbc.sql("""
				update portal.issued_document set status = :status, status_reason = :reason, status_changed_at = :at,
				    replaced_by = :replacedBy
				where code = :code""")
			.param("status", status.name())
			.param("reason", reason)
			.param("at", Timestamp.from(Instant.now(this.clock)))
			.param("replacedBy", replacedBy)
			.param("code", document.code())
			.update();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("status", status.name());
		after.put("reason", reason);
		if (replacedBy != null) {
			after.put("replacedBy", replacedBy);
		}
		this.audit.record(actor, "portal.document." + status.name().toLowerCase(Locale.ROOT),
				AuditTarget.of("issued-document", document.code(), region), Map.of("status", document.status().name()),
				after);
	}

	private static void requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw InvalidInputException.of("reason", "portal.document.reasonRequired");
		}
	}

	private static Verification verification(ResultSet rs, int row) throws SQLException {
		Timestamp changed = rs.getTimestamp("status_changed_at");
		return new Verification(rs.getString("code"), rs.getString("type_key"), rs.getString("number"),
				rs.getString("issuer"), rs.getString("holder_masked"), rs.getObject("issued_on", java.time.LocalDate.class),
				rs.getString("content_sha256"), DocumentStatus.valueOf(rs.getString("status")),
				rs.getString("status_reason"), changed == null ? null : changed.toInstant(), rs.getString("replaced_by"),
				rs.getString("signer_subject"), rs.getString("signer_fingerprint"));
	}

}
