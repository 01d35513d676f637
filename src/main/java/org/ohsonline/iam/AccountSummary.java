package org.ohsonline.iam;

import java.time.Instant;

/** The signed-in user's own account, for their home page. */
public record AccountSummary(String username, String displayName, String roles, Instant lastLoginAt,
		Instant passwordChangedAt, long activeTokens) {
}
