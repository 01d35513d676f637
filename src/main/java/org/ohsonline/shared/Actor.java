package org.ohsonline.shared;

import java.util.Objects;
import java.util.Set;

/**
 * Who is acting, passed explicitly to every facade method that reads in scope or writes, so that
 * domain code never reaches for a thread-bound "current user".
 *
 * @param userId the user's id, or {@code 0} for the system itself
 * @param username the login name
 * @param displayName the name shown to people
 * @param regionCode the region the user belongs to
 * @param scope what the user may see
 * @param permissions the {@code module:resource:action} permissions held
 * @param sourceAddress the client address, for the audit trail
 * @param channel how the action arrived
 */
public record Actor(long userId, String username, String displayName, String regionCode, Scope scope,
		Set<String> permissions, String sourceAddress, Channel channel) {

	public enum Channel {

		UI, API, SYSTEM

	}

	public Actor {
		Objects.requireNonNull(username, "username");
		Objects.requireNonNull(scope, "scope");
		Objects.requireNonNull(channel, "channel");
		permissions = Set.copyOf(permissions);
	}

	/** The platform itself, acting across the whole country (seeding, scheduled jobs). */
	public static Actor system(String what) {
		return new Actor(0, "system:" + what, "系统 (" + what + ")", "", Scope.region(""), Set.of(), "local",
				Channel.SYSTEM);
	}

	public boolean can(String permission) {
		return this.channel == Channel.SYSTEM || this.permissions.contains(permission);
	}

	/** Whether the actor holds every one of the permissions (to grant them on to others). */
	public boolean canAll(java.util.Collection<String> wanted) {
		return this.channel == Channel.SYSTEM || this.permissions.containsAll(wanted);
	}

	/** Throws {@link AccessDeniedException} unless the actor holds the permission. */
	public void require(String permission) {
		if (!can(permission)) {
			throw new AccessDeniedException(permission);
		}
	}

}
