package org.ohsonline.iam.internal;

import static org.ohsonline.shared.Text.blankToNull;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.reference.Divisions;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.Limits;
import org.ohsonline.shared.Masking;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.RegionCode;
import org.ohsonline.shared.Scope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User administration inside the administrator's jurisdiction. Users outside it do not exist for
 * the administrator; nobody can grant a permission they do not hold or a scope wider than their
 * own. A lock, a disable, other roles, another jurisdiction or a new password ends the user's
 * console sessions (the account's security version moves, decision 0018); other roles, another
 * jurisdiction or a password reset also revoke the user's API tokens.
 */
@Service
public class UserAdministration {

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");

	private static final Pattern MOBILE = Pattern.compile("1\\d{10}");

	private static final Map<String, String> SORTS = Map.of("username", "u.username", "displayName", "u.display_name",
			"region", "u.region_code", "lastLogin", "u.last_login_at");

	private final UserAccountRepository users;

	private final RoleRepository roles;

	private final PasswordPolicy policy;

	private final PasswordEncoder encoder;

	private final Divisions divisions;

	private final AuditTrail audit;

	private final ApiTokenService tokens;

	private final JdbcClient jdbc;

	private final Clock clock;

	UserAdministration(UserAccountRepository users, RoleRepository roles, PasswordPolicy policy,
			PasswordEncoder encoder, Divisions divisions, AuditTrail audit, ApiTokenService tokens, JdbcClient jdbc,
			Clock clock) {
		this.users = users;
		this.roles = roles;
		this.policy = policy;
		this.encoder = encoder;
		this.divisions = divisions;
		this.audit = audit;
		this.tokens = tokens;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A user just created or given a new password, with the one-time password to hand over. */
	public record WithPassword(UserView user, String oneTimePassword) {
	}

	@Transactional(readOnly = true)
	public Page<UserView> search(Actor actor, UserFilter filter, PageQuery page) {
		actor.require(Permissions.USER_READ);
		Optional<String> prefix = actor.scope().narrowRegion(filter.region());
		if (prefix.isEmpty()) {
			return Page.of(List.of(), 0, page);
		}
		String where = """
				from iam.app_user u
				where u.region_code like :prefix || '%'
				  and (cast(:q as text) is null or u.username ilike '%' || cast(:q as text) || '%'
				       or u.display_name ilike '%' || cast(:q as text) || '%')
				  and (cast(:role as text) is null
				       or exists (select 1 from iam.user_role r where r.app_user = u.id and r.role_code = cast(:role as text)))
				  and (cast(:status as text) is null
				       or (cast(:status as text) = 'enabled' and u.enabled)
				       or (cast(:status as text) = 'disabled' and not u.enabled)
				       or (cast(:status as text) = 'locked' and u.locked_until > :now))
				""";
		String sort = filter.sort() == null ? "username" : filter.sort();
		boolean descending = sort.startsWith("-");
		String column = SORTS.getOrDefault(descending ? sort.substring(1) : sort, "u.username");
		long total = bindFilter(this.jdbc.sql("select count(*) " + where), prefix.get(), filter).query(Long.class)
			.single();
		List<Long> ids = bindFilter(this.jdbc.sql("select u.id " + where + " order by " + column
				+ (descending ? " desc nulls last" : " asc nulls last") + ", u.id limit :limit offset :offset"),
				prefix.get(), filter)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(Long.class)
			.list();
		List<UserView> items = ids.stream().map(id -> view(this.users.findById(id).orElseThrow())).toList();
		return Page.of(items, total, page);
	}

	@Transactional(readOnly = true)
	public UserView get(Actor actor, long id) {
		actor.require(Permissions.USER_READ);
		return view(inScope(actor, id));
	}

	@Transactional
	public WithPassword create(Actor actor, UserCommand command) {
		actor.require(Permissions.USER_WRITE);
		List<FieldError> errors = new ArrayList<>();
		String username = command.username() == null ? "" : command.username().trim().toLowerCase();
		if (!USERNAME.matcher(username).matches()) {
			errors.add(FieldError.of("username", "iam.user.usernameFormat"));
		}
		else if (this.users.existsByUsername(username)) {
			errors.add(FieldError.of("username", "iam.user.usernameTaken", username));
		}
		Scope scope = checkAssignment(actor, command, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		String password = this.policy.generate();
		UserAccount user = UserAccount.create(username, command.displayName().trim(), this.encoder.encode(password),
				command.regionCode(), scope, blankToNull(command.mobile()), command.roles(), true,
				Instant.now(this.clock));
		this.users.save(user);
		this.audit.record(actor, "iam.user.created", target(user), null, user.snapshot());
		return new WithPassword(view(user), password);
	}

	@Transactional
	public UserView update(Actor actor, long id, UserCommand command) {
		actor.require(Permissions.USER_WRITE);
		UserAccount user = inScope(actor, id);
		List<FieldError> errors = new ArrayList<>();
		Scope scope = checkAssignment(actor, command, errors);
		if (user.id() == actor.userId() && (!command.enabled() || !command.roles().equals(user.roles()))) {
			errors.add(FieldError.of("roles", "iam.user.notOwnRoles"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		Map<String, Object> before = user.snapshot();
		boolean grantChanged = user.change(command.displayName().trim(), command.regionCode(), scope,
				blankToNull(command.mobile()), command.roles(), command.enabled());
		this.users.save(user);
		this.audit.record(actor, "iam.user.changed", target(user), before, user.snapshot());
		if (grantChanged) {
			// A token delegates the account as it was: its roles and jurisdiction when it was made.
			this.tokens.revokeAllOf(actor, user.id(), user.regionCode(), "iam.user.changed");
		}
		return view(user);
	}

	@Transactional
	public UserView lock(Actor actor, long id) {
		actor.require(Permissions.USER_WRITE);
		UserAccount user = inScope(actor, id);
		if (user.id() == actor.userId()) {
			throw InvalidInputException.of(null, "iam.user.notSelf");
		}
		Map<String, Object> before = user.snapshot();
		user.lock(Instant.now(this.clock).plus(java.time.Duration.ofDays(36500)));
		this.users.save(user);
		this.audit.record(actor, "iam.user.locked", target(user), before, user.snapshot());
		return view(user);
	}

	@Transactional
	public UserView unlock(Actor actor, long id) {
		actor.require(Permissions.USER_WRITE);
		UserAccount user = inScope(actor, id);
		Map<String, Object> before = user.snapshot();
		user.unlock();
		this.users.save(user);
		this.audit.record(actor, "iam.user.unlocked", target(user), before, user.snapshot());
		return view(user);
	}

	@Transactional
	public WithPassword resetPassword(Actor actor, long id) {
		actor.require(Permissions.USER_WRITE);
		UserAccount user = inScope(actor, id);
		if (user.id() == actor.userId()) {
			// The reset ends the administrator's own session, and the one-time password with it.
			throw InvalidInputException.of(null, "iam.user.notSelf");
		}
		String password = this.policy.generate();
		Map<String, Object> before = user.snapshot();
		user.changePassword(this.encoder.encode(password), true, Instant.now(this.clock));
		user.unlock();
		this.users.save(user);
		this.audit.record(actor, "iam.user.password-reset", target(user), before, user.snapshot());
		// A reset answers a password that may be known to someone else, who may have made tokens with it.
		this.tokens.revokeAllOf(actor, user.id(), user.regionCode(), "iam.user.password-reset");
		return new WithPassword(view(user), password);
	}

	/** The actor changes their own password, proving the current one. */
	@Transactional
	public void changeOwnPassword(Actor actor, String current, String replacement, String confirmation) {
		UserAccount user = this.users.findById(actor.userId()).orElseThrow(() -> new NotFoundException("user", actor.userId()));
		List<FieldError> errors = new ArrayList<>();
		if (current == null || !this.encoder.matches(current, user.passwordHash())) {
			errors.add(FieldError.of("currentPassword", "iam.password.currentWrong"));
		}
		errors.addAll(this.policy.check("newPassword", replacement, user.username()));
		if (replacement != null && !replacement.equals(confirmation)) {
			errors.add(FieldError.of("confirmation", "iam.password.mismatch"));
		}
		if (replacement != null && current != null && replacement.equals(current)) {
			errors.add(FieldError.of("newPassword", "iam.password.unchanged"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		Map<String, Object> before = user.snapshot();
		user.changePassword(this.encoder.encode(replacement), false, Instant.now(this.clock));
		this.users.save(user);
		this.audit.record(actor, "iam.user.password-changed", target(user), before, user.snapshot());
	}

	/** The roles the actor may grant: those whose every permission the actor holds. */
	@Transactional(readOnly = true)
	public List<RoleView> grantableRoles(Actor actor) {
		return this.roles.findAll()
			.stream()
			.filter(role -> actor.canAll(role.permissions()))
			.toList();
	}

	private Scope checkAssignment(Actor actor, UserCommand command, List<FieldError> errors) {
		if (command.displayName() == null || command.displayName().isBlank() || command.displayName().length() > 60) {
			errors.add(FieldError.of("displayName", "iam.user.displayNameRequired"));
		}
		else {
			Limits.check(errors, "displayName", command.displayName(), 60);
		}
		String region = command.regionCode();
		if (!RegionCode.isValid(region) || this.divisions.find(region).isEmpty()) {
			errors.add(FieldError.of("regionCode", "iam.user.regionUnknown", region));
		}
		else if (!actor.scope().coversRegion(region)) {
			errors.add(FieldError.of("regionCode", "iam.user.regionOutsideScope", region));
		}
		if (command.mobile() != null && !command.mobile().isBlank() && !MOBILE.matcher(command.mobile().trim()).matches()) {
			errors.add(FieldError.of("mobile", "iam.user.mobileFormat"));
		}
		if (command.roles().isEmpty()) {
			errors.add(FieldError.of("roles", "iam.user.rolesRequired"));
			return null;
		}
		List<RoleView> chosen = new ArrayList<>();
		for (String code : command.roles()) {
			Optional<RoleView> role = this.roles.find(code);
			if (role.isEmpty()) {
				errors.add(FieldError.of("roles", "iam.user.roleUnknown", code));
			}
			else if (!actor.canAll(role.get().permissions())) {
				errors.add(FieldError.of("roles", "iam.user.roleNotGrantable", code));
			}
			else {
				chosen.add(role.get());
			}
		}
		Set<String> kinds = new java.util.HashSet<>(chosen.stream().map(RoleView::scopeKind).toList());
		if (kinds.size() > 1) {
			errors.add(FieldError.of("roles", "iam.user.rolesMixScopes"));
			return null;
		}
		if (kinds.isEmpty() || !RegionCode.isValid(region)) {
			return null;
		}
		Scope.Kind kind = Scope.Kind.valueOf(kinds.iterator().next());
		if (kind == Scope.Kind.REGION) {
			return Scope.region(region);
		}
		String value = command.scopeValue() == null ? "" : command.scopeValue().trim();
		if (value.isEmpty() || value.length() > 64) {
			errors.add(FieldError.of("scopeValue", "iam.user.scopeValueRequired"));
			return null;
		}
		return new Scope(kind, value);
	}

	private UserAccount inScope(Actor actor, long id) {
		return this.users.findById(id)
			.filter(user -> actor.scope().coversRegion(user.regionCode()))
			.orElseThrow(() -> new NotFoundException("user", id));
	}

	private JdbcClient.StatementSpec bindFilter(JdbcClient.StatementSpec spec, String prefix, UserFilter filter) {
		return spec.param("prefix", prefix)
			.param("q", blankToNull(filter.q()))
			.param("role", blankToNull(filter.role()))
			.param("status", blankToNull(filter.status()))
			.param("now", Timestamp.from(Instant.now(this.clock)));
	}

	UserView view(UserAccount user) {
		Instant now = Instant.now(this.clock);
		return new UserView(user.id(), user.username(), user.displayName(), user.regionCode(),
				this.divisions.fullName(user.regionCode()), user.scope().kind().name(), user.scope().value(),
				Masking.mobile(user.mobile()), user.roles().stream().sorted().toList(), user.enabled(),
				user.isLocked(now), user.isLocked(now) ? user.lockedUntil() : null, user.lastLoginAt(),
				user.createdAt(), user.mustChangePassword());
	}

	private static AuditTarget target(UserAccount user) {
		return AuditTarget.of("user", user.id(), user.regionCode());
	}



}
