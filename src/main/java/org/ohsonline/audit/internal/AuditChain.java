package org.ohsonline.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

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

}
