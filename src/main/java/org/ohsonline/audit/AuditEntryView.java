package org.ohsonline.audit;

import java.time.Instant;

/** One audit entry as shown to people and API clients; before/after are masked JSON. */
public record AuditEntryView(long id, Instant occurredAt, long actorId, String actorName, String sourceAddress,
		String channel, String action, String targetType, String targetId, String regionCode, String before,
		String after, String hash) {
}
