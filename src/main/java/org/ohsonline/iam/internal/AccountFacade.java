package org.ohsonline.iam.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.iam.AccountSummary;
import org.ohsonline.iam.FirstAdministrator;
import org.ohsonline.iam.UserDirectory;
import org.ohsonline.iam.UserStatistics;
import org.ohsonline.reference.Divisions;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.RegionCode;
import org.ohsonline.shared.Scope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The module's facade implementations: figures for home pages and the first administrator. */
@Service
class AccountFacade implements UserDirectory, FirstAdministrator {

	private final JdbcClient jdbc;

	private final UserAccountRepository users;

	private final ApiTokenService tokens;

	private final PasswordPolicy policy;

	private final PasswordEncoder encoder;

	private final Divisions divisions;

	private final AuditTrail audit;

	private final Clock clock;

	AccountFacade(JdbcClient jdbc, UserAccountRepository users, ApiTokenService tokens, PasswordPolicy policy,
			PasswordEncoder encoder, Divisions divisions, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.users = users;
		this.tokens = tokens;
		this.policy = policy;
		this.encoder = encoder;
		this.divisions = divisions;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserStatistics statistics(Actor actor) {
		if (!actor.can(Permissions.USER_READ) || actor.scope().regionPrefix().isEmpty()) {
			return new UserStatistics(0, 0, 0, Map.of());
		}
		String prefix = actor.scope().regionPrefix().get();
		Timestamp now = Timestamp.from(Instant.now(this.clock));
		record Totals(long total, long enabled, long locked) {
		}
		Totals totals = this.jdbc.sql("""
				select count(*), count(*) filter (where enabled), count(*) filter (where locked_until > :now)
				from iam.app_user where region_code like :prefix || '%'""")
			.param("prefix", prefix)
			.param("now", now)
			.query((rs, n) -> new Totals(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
			.single();
		Map<String, Long> byRole = new LinkedHashMap<>();
		this.jdbc.sql("""
				select r.role_code, count(*) from iam.user_role r join iam.app_user u on u.id = r.app_user
				where u.region_code like :prefix || '%' group by r.role_code order by count(*) desc, r.role_code""")
			.param("prefix", prefix)
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
			.list()
			.forEach(e -> byRole.put(e.getKey(), e.getValue()));
		return new UserStatistics(totals.total(), totals.enabled(), totals.locked(), byRole);
	}

	@Override
	@Transactional(readOnly = true)
	public List<org.ohsonline.iam.StaffMember> holdersOfRole(Actor actor, String roleCode, String region) {
		if (region == null || roleCode == null || actor.scope().regionPrefix().isEmpty()
				|| !region.startsWith(actor.scope().regionPrefix().get())) {
			return List.of();
		}
		return this.jdbc.sql("""
				select u.id, u.display_name, u.region_code from iam.app_user u
				join iam.user_role r on r.app_user = u.id and r.role_code = :role
				where u.enabled and u.scope_kind = 'REGION' and u.region_code like :region || '%'
				order by u.id""")
			.param("role", roleCode)
			.param("region", region)
			.query((rs, n) -> new org.ohsonline.iam.StaffMember(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public AccountSummary account(Actor actor) {
		UserAccount user = this.users.findById(actor.userId()).orElseThrow();
		return new AccountSummary(user.username(), user.displayName(), List.copyOf(user.roles()),
				user.lastLoginAt(), user.passwordChangedAt(), this.tokens.activeCount(actor));
	}

	@Override
	@Transactional
	public String create(String username, String displayName, String regionCode) {
		if (this.users.anyWithRole("PLATFORM_ADMIN")) {
			throw new IllegalStateException("an administrator already exists; further users are created in the console");
		}
		if (!RegionCode.isValid(regionCode) || this.divisions.find(regionCode).isEmpty()) {
			throw new IllegalArgumentException("unknown region code " + regionCode);
		}
		if (this.users.existsByUsername(username)) {
			throw new IllegalStateException("the username " + username + " is taken");
		}
		String password = this.policy.generate();
		UserAccount user = UserAccount.create(username.trim().toLowerCase(), displayName, this.encoder.encode(password),
				regionCode, Scope.region(regionCode), null, Set.of("PLATFORM_ADMIN"), true, Instant.now(this.clock));
		this.users.save(user);
		this.audit.record(Actor.system("create-admin"), "iam.user.created",
				AuditTarget.of("user", user.id(), regionCode), null, user.snapshot());
		return password;
	}

}
