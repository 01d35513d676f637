package org.ohsonline.iam.internal;

import java.util.Set;

/**
 * What an administrator submits to create or change a user. For region-scoped roles the scope is
 * the user's region; for the others {@code scopeValue} names the employer (unified social credit
 * code), agency, institution or person.
 */
public record UserCommand(String username, String displayName, String regionCode, String scopeValue, Set<String> roles,
		String mobile, boolean enabled) {

	public UserCommand {
		roles = roles == null ? Set.of() : Set.copyOf(roles);
	}

}
