package org.ohsonline.iam.internal;

import java.time.Instant;
import java.util.List;

/** A user as shown in lists, detail pages and the API; the mobile number is masked. */
public record UserView(long id, String username, String displayName, String regionCode, String regionName,
		String scopeKind, String scopeValue, String mobileMasked, List<String> roles, boolean enabled, boolean locked,
		Instant lockedUntil, Instant lastLoginAt, Instant createdAt, boolean mustChangePassword) {
}
