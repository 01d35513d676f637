package org.ohsonline.iam.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Scope;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The authenticated user as Spring Security sees it; authorities are the permissions. Serialized into
 * the console session, which lives in the database (decision 0023): a change of its fields changes
 * {@code serialVersionUID}, and sessions written by the old version then read as signed out.
 */
class OhsPrincipal implements UserDetails, CredentialsContainer {

	private static final long serialVersionUID = 1L;

	private final long userId;

	private final String username;

	private final String displayName;

	private final String regionCode;

	private final Scope scope;

	private final Set<String> permissions;

	private final Set<String> roles;

	private final boolean enabled;

	private final boolean locked;

	private final boolean mustChangePassword;

	private final int securityVersion;

	private String passwordHash;

	OhsPrincipal(UserAccount user, Set<String> permissions, Instant now) {
		this.userId = user.id();
		this.username = user.username();
		this.displayName = user.displayName();
		this.regionCode = user.regionCode();
		this.scope = user.scope();
		this.permissions = Set.copyOf(permissions);
		this.roles = user.roles();
		this.enabled = user.enabled();
		this.locked = user.isLocked(now);
		this.mustChangePassword = user.mustChangePassword();
		this.securityVersion = user.securityVersion();
		this.passwordHash = user.passwordHash();
	}

	Actor toActor(String sourceAddress, Actor.Channel channel) {
		return new Actor(this.userId, this.username, this.displayName, this.regionCode, this.scope, this.permissions,
				sourceAddress, channel);
	}

	/** The same user with fewer permissions: an API token's grant. */
	OhsPrincipal restrictedTo(Set<String> granted) {
		return new OhsPrincipal(this, granted);
	}

	private OhsPrincipal(OhsPrincipal base, Set<String> granted) {
		this.userId = base.userId;
		this.username = base.username;
		this.displayName = base.displayName;
		this.regionCode = base.regionCode;
		this.scope = base.scope;
		this.permissions = base.permissions.stream().filter(granted::contains).collect(java.util.stream.Collectors.toUnmodifiableSet());
		this.roles = base.roles;
		this.enabled = base.enabled;
		this.locked = base.locked;
		this.mustChangePassword = false;
		this.securityVersion = base.securityVersion;
		this.passwordHash = null;
	}

	long userId() {
		return this.userId;
	}

	boolean mustChangePassword() {
		return this.mustChangePassword;
	}

	/** The account's security version when this principal was loaded: a session lasts while it holds. */
	int securityVersion() {
		return this.securityVersion;
	}

	Set<String> permissions() {
		return this.permissions;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = new java.util.ArrayList<>();
		this.permissions.forEach(p -> authorities.add(new SimpleGrantedAuthority(p)));
		this.roles.forEach(r -> authorities.add(new SimpleGrantedAuthority("ROLE_" + r)));
		return authorities;
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !this.locked;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

}
