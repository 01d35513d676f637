package org.ohsonline.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/** The hash that links one entry to its predecessor. */
final class AuditChain {

	static final String GENESIS = "GENESIS";

	private AuditChain() {
	}

	record Link(long id, Instant occurredAt, long actorId, String actorName, String sourceAddress, String channel,
			String action, String targetType, String targetId, String regionCode, String before, String after,
			String prevHash) {
	}

	/** SHA-256 over every field, each length-prefixed so no two field lists hash alike. */
	static String hash(Link link) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (String part : new String[] { link.prevHash(), Long.toString(link.id()),
					Long.toString(link.occurredAt().getEpochSecond()), Integer.toString(link.occurredAt().getNano()),
					Long.toString(link.actorId()), link.actorName(), link.sourceAddress(), link.channel(), link.action(),
					link.targetType(), link.targetId(), link.regionCode(), link.before(), link.after() }) {
				byte[] bytes = part == null ? new byte[0] : part.getBytes(StandardCharsets.UTF_8);
				digest.update((part == null ? "-1:" : bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
				digest.update(bytes);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The same hash as {@link #hash}, computed by PostgreSQL: an SQL expression over the expressions of the parts, given
	 * in the order of {@link #hash} (the previous hash, the id, the time's epoch second and nanoseconds, the actor's id
	 * and name, and so on), each as text. Each part is prefixed by its length in UTF-8 bytes and a colon, a null by
	 * {@code -1:}, as in Java; the append statement uses it so that it needs no second round trip (decision 0045).
	 */
	static String sql(List<String> parts) {
		return parts.stream()
			.map(part -> "coalesce(length(convert_to(" + part + ", 'UTF8'))::text || ':' || " + part + ", '-1:')")
			.collect(Collectors.joining(" || ", "encode(sha256(convert_to(", ", 'UTF8')), 'hex')"));
	}

}
