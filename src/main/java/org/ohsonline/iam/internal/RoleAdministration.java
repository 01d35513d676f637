package org.ohsonline.iam.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.Limits;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.Scope;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Roles: the built-in roles are fixed; administrators add custom roles made of permissions they
 * hold themselves. Changing a custom role's permissions ends the console sessions of its holders,
 * whose sessions hold the permissions of their login.
 */
@Service
public class RoleAdministration {

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{2,39}");

	private final RoleRepository roles;

	private final UserAccountRepository users;

	private final AuditTrail audit;

	private final RoleNames names;

	RoleAdministration(RoleRepository roles, UserAccountRepository users, AuditTrail audit, RoleNames names) {
		this.roles = roles;
		this.users = users;
		this.audit = audit;
		this.names = names;
	}

	/** A custom role as submitted. */
	public record RoleCommand(String code, String nameZh, String nameEn, String scopeKind, Set<String> permissions) {

		public RoleCommand {
			permissions = permissions == null ? Set.of() : Set.copyOf(permissions);
		}

	}

	@Transactional(readOnly = true)
	public List<RoleView> roles(Actor actor) {
		actor.require(Permissions.ROLE_READ);
		return this.roles.findAll();
	}

	@Transactional(readOnly = true)
	public List<PermissionView> permissions(Actor actor) {
		actor.require(Permissions.ROLE_READ);
		return this.roles.permissions();
	}

	@Transactional
	public RoleView create(Actor actor, RoleCommand command) {
		actor.require(Permissions.ROLE_WRITE);
		List<FieldError> errors = check(actor, command);
		String code = command.code() == null ? "" : command.code().trim();
		if (!CODE.matcher(code).matches()) {
			errors.add(FieldError.of("code", "iam.role.codeFormat"));
		}
		else if (this.roles.find(code).isPresent()) {
			errors.add(FieldError.of("code", "iam.role.codeTaken", code));
		}
		boolean knownKind = command.scopeKind() != null
				&& java.util.Arrays.stream(Scope.Kind.values()).anyMatch(k -> k.name().equals(command.scopeKind()));
		if (!knownKind) {
			errors.add(FieldError.of("scopeKind", "iam.role.scopeKindRequired"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		RoleView role = new RoleView(code, command.nameZh().trim(), command.nameEn().trim(),
				command.scopeKind(), false, List.copyOf(command.permissions()));
		this.roles.insert(role);
		this.names.forget();
		this.audit.record(actor, "iam.role.created", target(actor, code), null, snapshot(role));
		return this.roles.find(code).orElseThrow();
	}

	@Transactional
	public RoleView update(Actor actor, String code, RoleCommand command) {
		actor.require(Permissions.ROLE_WRITE);
		RoleView existing = this.roles.find(code).orElseThrow(() -> new NotFoundException("role", code));
		if (existing.system()) {
			throw InvalidInputException.of(null, "iam.role.systemFixed");
		}
		List<FieldError> errors = check(actor, command);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		RoleView changed = new RoleView(code, command.nameZh().trim(),
				command.nameEn().trim(), existing.scopeKind(), false, List.copyOf(command.permissions()));
		this.roles.update(changed);
		this.names.forget();
		if (!Set.copyOf(existing.permissions()).equals(command.permissions())) {
			this.users.endSessionsOfHolders(code);
		}
		this.audit.record(actor, "iam.role.changed", target(actor, code), snapshot(existing), snapshot(changed));
		return this.roles.find(code).orElseThrow();
	}

	private List<FieldError> check(Actor actor, RoleCommand command) {
		List<FieldError> errors = new ArrayList<>();
		if (command.nameZh() == null || command.nameZh().isBlank()) {
			errors.add(FieldError.of("nameZh", "iam.role.nameRequired"));
		}
		if (command.nameEn() == null || command.nameEn().isBlank()) {
			errors.add(FieldError.of("nameEn", "iam.role.nameRequired"));
		}
		Limits.check(errors, "nameZh", command.nameZh(), Limits.NAME);
		Limits.check(errors, "nameEn", command.nameEn(), Limits.NAME);
		if (command.permissions().isEmpty()) {
			errors.add(FieldError.of("permissions", "iam.role.permissionsRequired"));
		}
		else if (!actor.canAll(command.permissions())) {
			errors.add(FieldError.of("permissions", "iam.role.permissionNotHeld"));
		}
		return errors;
	}

	private static AuditTarget target(Actor actor, String code) {
		return AuditTarget.of("role", code, actor.scope().regionPrefix().orElse(actor.regionCode()));
	}

	private static Map<String, Object> snapshot(RoleView role) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("code", role.code());
		state.put("nameZh", role.nameZh());
		state.put("nameEn", role.nameEn());
		state.put("scopeKind", role.scopeKind());
		state.put("permissions", String.join(",", role.permissions()));
		return state;
	}

}
