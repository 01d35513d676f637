package org.ohsonline.notification;

import java.time.Instant;
import java.util.List;

/** A notice as its reader sees it. */
public record InboxItem(long id, String messageKey, List<String> arguments, String link, String source,
		Instant createdAt, boolean read) {
}
