package org.ohsonline.iam.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.ohsonline.shared.PiiCipher;
import org.ohsonline.shared.Scope;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Persists {@link UserAccount}s; the mobile number is stored encrypted with a blind index, never
 * in clear.
 */
@Repository
class UserAccountRepository {

	private final JdbcClient jdbc;

	private final PiiCipher cipher;

	private final TokenPrincipalCache tokenPrincipals;

	UserAccountRepository(JdbcClient jdbc, PiiCipher cipher, TokenPrincipalCache tokenPrincipals) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.tokenPrincipals = tokenPrincipals;
	}

	Optional<UserAccount> findById(long id) {
		return this.jdbc.sql("select * from iam.app_user where id = :id")
			.param("id", id)
			.query(this::map)
			.optional()
			.map(this::withRoles);
	}

	Optional<UserAccount> findByUsername(String username) {
		return this.jdbc.sql("select * from iam.app_user where username = :username")
			.param("username", username)
			.query(this::map)
			.optional()
			.map(this::withRoles);
	}

	/**
	 * Roles are read after the row, never inside the row mapper: a nested query there would need a
	 * second pooled connection while the first is held, and concurrent callers outside a
	 * transaction would exhaust the pool waiting for each other.
	 */
	private UserAccount withRoles(UserAccount user) {
		Set<String> roles = new HashSet<>(this.jdbc.sql("select role_code from iam.user_role where app_user = :id")
			.param("id", user.id())
			.query(String.class)
			.list());
		return new UserAccount(user.id(), user.username(), user.displayName(), user.passwordHash(), user.regionCode(),
				user.scope(), user.mobile(), user.enabled(), user.mustChangePassword(), user.failedLogins(),
				user.lockedUntil(), user.lastLoginAt(), user.passwordChangedAt(), user.createdAt(), roles,
				user.version(), user.securityVersion());
	}

	/** The account's standing for the session check: one primary-key read, nothing decrypted. */
	Optional<AccountStanding> standing(long id) {
		return this.jdbc.sql("select enabled, locked_until, security_version from iam.app_user where id = :id")
			.param("id", id)
			.query((rs, n) -> new AccountStanding(rs.getBoolean(1), instant(rs, "locked_until"), rs.getInt(3)))
			.optional();
	}

	/**
	 * Ends the sessions of every holder of the role, whose permissions changed. Raises the row
	 * version too, so that an administrator's edit of a holder loaded before cannot write the old
	 * security version back.
	 */
	void endSessionsOfHolders(String role) {
		this.tokenPrincipals.invalidateAll();
		this.jdbc.sql("""
				update iam.app_user set security_version = security_version + 1, version = version + 1
				where id in (select app_user from iam.user_role where role_code = :role)""")
			.param("role", role)
			.update();
	}

	boolean existsByUsername(String username) {
		return this.jdbc.sql("select count(*) from iam.app_user where username = :u")
			.param("u", username)
			.query(Long.class)
			.single() > 0;
	}

	boolean anyWithRole(String role) {
		return this.jdbc.sql("select count(*) from iam.user_role where role_code = :r")
			.param("r", role)
			.query(Long.class)
			.single() > 0;
	}

	UserAccount save(UserAccount user) {
		this.tokenPrincipals.invalidateAll();
		if (user.id() == null) {
			long id = this.jdbc.sql("""
					insert into iam.app_user (username, display_name, password_hash, region_code, scope_kind,
					    scope_value, mobile_cipher, mobile_index, enabled, must_change_password, failed_logins,
					    locked_until, last_login_at, password_changed_at, created_at, version, security_version)
					values (:username, :displayName, :hash, :region, :scopeKind, :scopeValue, :mobile, :mobileIndex,
					    :enabled, :mustChange, :failed, :lockedUntil, :lastLogin, :passwordChanged, :created, 0,
					    :securityVersion)
					returning id""")
				.params(columns(user))
				.param("username", user.username())
				.param("created", Timestamp.from(user.createdAt()))
				.query(Long.class)
				.single();
			user.assignId(id);
		}
		else {
			int updated = this.jdbc.sql("""
					update iam.app_user set display_name = :displayName, password_hash = :hash, region_code = :region,
					    scope_kind = :scopeKind, scope_value = :scopeValue, mobile_cipher = :mobile,
					    mobile_index = :mobileIndex, enabled = :enabled, must_change_password = :mustChange,
					    failed_logins = :failed, locked_until = :lockedUntil, last_login_at = :lastLogin,
					    password_changed_at = :passwordChanged, security_version = :securityVersion,
					    version = version + 1
					where id = :id and version = :version""")
				.params(columns(user))
				.param("id", user.id())
				.param("version", user.version())
				.update();
			if (updated != 1) {
				throw new OptimisticLockingFailureException("User " + user.username() + " was changed concurrently");
			}
			user.incrementVersion();
			this.jdbc.sql("delete from iam.user_role where app_user = :id").param("id", user.id()).update();
		}
		for (String role : user.roles()) {
			this.jdbc.sql("insert into iam.user_role (app_user, role_code) values (:id, :role)")
				.param("id", user.id())
				.param("role", role)
				.update();
		}
		return user;
	}

	private java.util.Map<String, Object> columns(UserAccount user) {
		java.util.Map<String, Object> values = new java.util.HashMap<>();
		values.put("displayName", user.displayName());
		values.put("hash", user.passwordHash());
		values.put("region", user.regionCode());
		values.put("scopeKind", user.scope().kind().name());
		values.put("scopeValue", user.scope().value());
		values.put("mobile", this.cipher.encrypt(user.mobile()));
		values.put("mobileIndex", user.mobile() == null ? null : this.cipher.blindIndex(user.mobile()));
		values.put("enabled", user.enabled());
		values.put("mustChange", user.mustChangePassword());
		values.put("failed", user.failedLogins());
		values.put("lockedUntil", timestamp(user.lockedUntil()));
		values.put("lastLogin", timestamp(user.lastLoginAt()));
		values.put("passwordChanged", timestamp(user.passwordChangedAt()));
		values.put("securityVersion", user.securityVersion());
		return values;
	}

	private UserAccount map(ResultSet rs, int row) throws SQLException {
		return new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				rs.getString("password_hash"), rs.getString("region_code"),
				new Scope(Scope.Kind.valueOf(rs.getString("scope_kind")), rs.getString("scope_value")),
				this.cipher.decrypt(rs.getString("mobile_cipher")), rs.getBoolean("enabled"),
				rs.getBoolean("must_change_password"), rs.getInt("failed_logins"), instant(rs, "locked_until"),
				instant(rs, "last_login_at"), instant(rs, "password_changed_at"), instant(rs, "created_at"), Set.of(),
				rs.getInt("version"), rs.getInt("security_version"));
	}

	List<String> permissionsOf(Set<String> roles) {
		if (roles.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select distinct permission_code from iam.role_permission where role_code in (:roles)")
			.param("roles", roles)
			.query(String.class)
			.list();
	}

	private static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

}
