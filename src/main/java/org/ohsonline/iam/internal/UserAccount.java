package org.ohsonline.iam.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.ohsonline.shared.Scope;

/**
 * A user account. Changes go through intentions that keep the lockout and password invariants;
 * {@link #snapshot()} gives the audited state (never the hash, mobile masked by the audit trail).
 */
class UserAccount {

	private Long id;

	private final String username;

	private String displayName;

	private String passwordHash;

	private String regionCode;

	private Scope scope;

	private String mobile;

	private boolean enabled;

	private boolean mustChangePassword;

	private int failedLogins;

	private Instant lockedUntil;

	private Instant lastLoginAt;

	private Instant passwordChangedAt;

	private final Instant createdAt;

	private Set<String> roles;

	private int version;

	private int securityVersion;

	UserAccount(Long id, String username, String displayName, String passwordHash, String regionCode, Scope scope,
			String mobile, boolean enabled, boolean mustChangePassword, int failedLogins, Instant lockedUntil,
			Instant lastLoginAt, Instant passwordChangedAt, Instant createdAt, Set<String> roles, int version,
			int securityVersion) {
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.regionCode = regionCode;
		this.scope = scope;
		this.mobile = mobile;
		this.enabled = enabled;
		this.mustChangePassword = mustChangePassword;
		this.failedLogins = failedLogins;
		this.lockedUntil = lockedUntil;
		this.lastLoginAt = lastLoginAt;
		this.passwordChangedAt = passwordChangedAt;
		this.createdAt = createdAt;
		this.roles = new TreeSet<>(roles);
		this.version = version;
		this.securityVersion = securityVersion;
	}

	static UserAccount create(String username, String displayName, String passwordHash, String regionCode,
			Scope scope, String mobile, Set<String> roles, boolean mustChangePassword, Instant now) {
		return new UserAccount(null, username, displayName, passwordHash, regionCode, scope, mobile, true,
				mustChangePassword, 0, null, null, now, now, roles, 0, 0);
	}

	void recordFailedLogin(Instant now, int maxFailures, Duration lockout) {
		this.failedLogins++;
		if (this.failedLogins >= maxFailures) {
			this.lockedUntil = now.plus(lockout);
			this.failedLogins = 0;
		}
	}

	void recordSuccessfulLogin(Instant now) {
		this.failedLogins = 0;
		this.lockedUntil = null;
		this.lastLoginAt = now;
	}

	boolean isLocked(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	/** An administrator's lock: it ends the user's sessions, unlike a lockout after failed logins. */
	void lock(Instant until) {
		this.lockedUntil = until;
		this.securityVersion++;
	}

	void unlock() {
		this.lockedUntil = null;
		this.failedLogins = 0;
	}

	/** A new password ends every session opened with the old one. */
	void changePassword(String newHash, boolean mustChangeAtNextLogin, Instant now) {
		this.passwordHash = newHash;
		this.mustChangePassword = mustChangeAtNextLogin;
		this.passwordChangedAt = now;
		this.securityVersion++;
	}

	/**
	 * Changes the account; other roles, another jurisdiction or a change of enabled ends its sessions.
	 *
	 * @return whether the grant changed (roles, region or scope): what its API tokens were made under
	 */
	boolean change(String displayName, String regionCode, Scope scope, String mobile, Set<String> roles,
			boolean enabled) {
		boolean grantChanged = !this.regionCode.equals(regionCode) || !this.scope.equals(scope)
				|| !this.roles.equals(new TreeSet<>(roles));
		if (grantChanged || this.enabled != enabled) {
			this.securityVersion++;
		}
		this.displayName = displayName;
		this.regionCode = regionCode;
		this.scope = scope;
		this.mobile = mobile;
		this.roles = new TreeSet<>(roles);
		this.enabled = enabled;
		return grantChanged;
	}

	Map<String, Object> snapshot() {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("username", this.username);
		state.put("displayName", this.displayName);
		state.put("regionCode", this.regionCode);
		state.put("scope", this.scope.toString());
		state.put("mobile", this.mobile);
		state.put("roles", String.join(",", this.roles));
		state.put("enabled", this.enabled);
		state.put("lockedUntil", this.lockedUntil == null ? null : this.lockedUntil.toString());
		state.put("mustChangePassword", this.mustChangePassword);
		return state;
	}

	void assignId(long id) {
		this.id = id;
	}

	void incrementVersion() {
		this.version++;
	}

	Long id() {
		return this.id;
	}

	String username() {
		return this.username;
	}

	String displayName() {
		return this.displayName;
	}

	String passwordHash() {
		return this.passwordHash;
	}

	String regionCode() {
		return this.regionCode;
	}

	Scope scope() {
		return this.scope;
	}

	String mobile() {
		return this.mobile;
	}

	boolean enabled() {
		return this.enabled;
	}

	boolean mustChangePassword() {
		return this.mustChangePassword;
	}

	int failedLogins() {
		return this.failedLogins;
	}

	Instant lockedUntil() {
		return this.lockedUntil;
	}

	Instant lastLoginAt() {
		return this.lastLoginAt;
	}

	Instant passwordChangedAt() {
		return this.passwordChangedAt;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Set<String> roles() {
		return Set.copyOf(this.roles);
	}

	int version() {
		return this.version;
	}

	/** Raised by every change that ends the user's sessions; a session holds the value of its login. */
	int securityVersion() {
		return this.securityVersion;
	}

}
