package org.ohsonline.iam;

import java.time.Instant;
import java.util.List;

/**
 * The signed-in user's own account, for their home page.
 *
 * @param roles the codes of the user's roles (pages name them by {@code role.<code>})
 */
public record AccountSummary(String username, String displayName, List<String> roles, Instant lastLoginAt,
		Instant passwordChangedAt, long activeTokens) {

	public AccountSummary {
		roles = roles == null ? List.of() : List.copyOf(roles);
	}

}
