package org.ohsonline.iam.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Hashes;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.Limits;
import org.ohsonline.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API bearer tokens: random 256-bit secrets shown once, stored only as SHA-256 hashes, limited to a
 * subset of the owner's permissions and the owner's jurisdiction, expiring, revocable.
 */
@Service
public class ApiTokenService {

	static final String PREFIX = "ohs_";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final SecuritySettings settings;

	private final Clock clock;

	private final TokenPrincipalCache principals;

	private final SecureRandom random = new SecureRandom();

	ApiTokenService(JdbcClient jdbc, AuditTrail audit, SecuritySettings settings, Clock clock,
			TokenPrincipalCache principals) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.settings = settings;
		this.clock = clock;
		this.principals = principals;
	}

	/** A token as listed to its owner; the secret itself is never shown again. */
	public record TokenView(long id, String name, String hint, List<String> permissions, Instant createdAt,
			Instant expiresAt, Instant revokedAt, boolean active) {
	}

	/** A token just created, with its secret, shown exactly once. */
	public record IssuedToken(TokenView token, String secret) {
	}

	@Transactional
	public IssuedToken create(Actor actor, String name, Set<String> permissions, int daysValid) {
		actor.require(Permissions.TOKEN_WRITE);
		List<FieldError> errors = new ArrayList<>();
		if (name == null || name.isBlank() || name.length() > 80) {
			errors.add(FieldError.of("name", "iam.token.nameRequired"));
		}
		else {
			Limits.check(errors, "name", name, 80);
		}
		if (permissions == null || permissions.isEmpty()) {
			errors.add(FieldError.of("permissions", "iam.token.permissionsRequired"));
		}
		else if (!actor.canAll(permissions)) {
			errors.add(FieldError.of("permissions", "iam.token.permissionNotHeld"));
		}
		long maxDays = this.settings.tokenMaxLifetime().toDays();
		if (daysValid < 1 || daysValid > maxDays) {
			errors.add(FieldError.of("daysValid", "iam.token.lifetime", maxDays));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = Instant.now(this.clock);
		Instant expires = now.plus(Duration.ofDays(daysValid));
		List<String> granted = List.copyOf(new TreeSet<>(permissions));
		long id = this.jdbc.sql("""
				insert into iam.api_token (app_user, name, token_hash, hint, permissions, created_at, expires_at)
				values (:user, :name, :hash, :hint, :permissions, :created, :expires) returning id""")
			.param("user", actor.userId())
			.param("name", name.trim())
			.param("hash", hash(secret))
			.param("hint", secret.substring(0, PREFIX.length() + 4))
			.param("permissions", granted.toArray(String[]::new))
			.param("created", Timestamp.from(now))
			.param("expires", Timestamp.from(expires))
			.query(Long.class)
			.single();
		TokenView view = new TokenView(id, name.trim(), secret.substring(0, PREFIX.length() + 4), granted, now, expires,
				null, true);
		this.audit.record(actor, "iam.token.created", AuditTarget.of("api-token", id, actor.regionCode()), null,
				describe(view));
		return new IssuedToken(view, secret);
	}

	@Transactional(readOnly = true)
	public List<TokenView> list(Actor actor) {
		return this.jdbc.sql("select * from iam.api_token where app_user = :user order by created_at desc")
			.param("user", actor.userId())
			.query((rs, n) -> view(rs))
			.list();
	}

	@Transactional(readOnly = true)
	public long activeCount(Actor actor) {
		return this.jdbc.sql("select count(*) from iam.api_token where app_user = :user and revoked_at is null"
				+ " and expires_at > :now")
			.param("user", actor.userId())
			.param("now", Timestamp.from(Instant.now(this.clock)))
			.query(Long.class)
			.single();
	}

	@Transactional
	public void revoke(Actor actor, long id) {
		TokenView token = this.jdbc.sql("select * from iam.api_token where id = :id and app_user = :user")
			.param("id", id)
			.param("user", actor.userId())
			.query((rs, n) -> view(rs))
			.optional()
			.orElseThrow(() -> new NotFoundException("api token", id));
		if (token.revokedAt() != null) {
			return;
		}
		this.principals.invalidateAll();
		this.jdbc.sql("update iam.api_token set revoked_at = :now where id = :id")
			.param("now", Timestamp.from(Instant.now(this.clock)))
			.param("id", id)
			.update();
		this.audit.record(actor, "iam.token.revoked", AuditTarget.of("api-token", id, actor.regionCode()),
				describe(token), Map.of("revoked", true));
	}

	/**
	 * Revokes every token of a user whose account an administrator changed, each revocation audited
	 * with the change that caused it; in the caller's transaction, so the tokens stop with the change.
	 *
	 * @param regionCode the owner's region, for the audit trail's jurisdiction
	 * @param reason the audited action that revoked them
	 * @return how many tokens were revoked
	 */
	@Transactional
	int revokeAllOf(Actor actor, long owner, String regionCode, String reason) {
		Instant now = Instant.now(this.clock);
		List<TokenView> active = this.jdbc
			.sql("select * from iam.api_token where app_user = :user and revoked_at is null and expires_at > :now")
			.param("user", owner)
			.param("now", Timestamp.from(now))
			.query((rs, n) -> view(rs))
			.list();
		if (active.isEmpty()) {
			return 0;
		}
		this.principals.invalidateAll();
		this.jdbc.sql("update iam.api_token set revoked_at = :now where id in (:ids)")
			.param("now", Timestamp.from(now))
			.param("ids", active.stream().map(TokenView::id).toList())
			.update();
		for (TokenView token : active) {
			this.audit.record(actor, "iam.token.revoked", AuditTarget.of("api-token", token.id(), regionCode),
					describe(token), Map.of("revoked", true, "reason", reason));
		}
		return active.size();
	}

	/** The owner and grant of a presented secret, if it is valid now. */
	@Transactional(readOnly = true)
	Optional<Grant> authenticate(String secret) {
		if (secret == null || !secret.startsWith(PREFIX)) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				select app_user, permissions, expires_at from iam.api_token
				where token_hash = :hash and revoked_at is null and expires_at > :now""")
			.param("hash", hash(secret))
			.param("now", Timestamp.from(Instant.now(this.clock)))
			.query((rs, n) -> new Grant(rs.getLong(1), Set.of((String[]) rs.getArray(2).getArray()),
					rs.getTimestamp(3).toInstant()))
			.optional();
	}

	record Grant(long userId, Set<String> permissions, Instant expiresAt) {
	}

	private static Map<String, Object> describe(TokenView token) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("name", token.name());
		state.put("hint", token.hint());
		state.put("permissions", String.join(",", token.permissions()));
		state.put("expiresAt", token.expiresAt().toString());
		return state;
	}

	private TokenView view(java.sql.ResultSet rs) throws java.sql.SQLException {
		Timestamp revoked = rs.getTimestamp("revoked_at");
		Instant expires = rs.getTimestamp("expires_at").toInstant();
		return new TokenView(rs.getLong("id"), rs.getString("name"), rs.getString("hint"),
				List.of((String[]) rs.getArray("permissions").getArray()), rs.getTimestamp("created_at").toInstant(),
				expires, revoked == null ? null : revoked.toInstant(),
				revoked == null && expires.isAfter(Instant.now(this.clock)));
	}

	static String hash(String secret) {
		return Hashes.sha256Hex(secret);
	}

}
