package org.ohsonline.iam.api;

import java.net.URI;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ohsonline.iam.internal.ApiTokenService;
import org.ohsonline.iam.internal.RoleAdministration;
import org.ohsonline.iam.internal.RoleView;
import org.ohsonline.iam.internal.UserAdministration;
import org.ohsonline.iam.internal.UserCommand;
import org.ohsonline.iam.internal.UserFilter;
import org.ohsonline.iam.internal.UserView;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Identity over HTTP for machine clients holding a bearer token. Every call acts within the token
 * owner's jurisdiction and only with the permissions granted to the token.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Identity", description = "The caller, users in the caller's jurisdiction, roles and API tokens")
class IdentityApi {

	private final UserAdministration users;

	private final RoleAdministration roles;

	private final ApiTokenService tokens;

	IdentityApi(UserAdministration users, RoleAdministration roles, ApiTokenService tokens) {
		this.users = users;
		this.roles = roles;
		this.tokens = tokens;
	}

	/** The caller as the platform sees it. */
	record Me(long id, String username, String displayName, String regionCode, String scopeKind, String scopeValue,
			List<String> permissions, String channel) {
	}

	/** A user to create or the new state of one. */
	record UserPayload(String username, String displayName, String regionCode, String scopeValue, Set<String> roles,
			String mobile, Boolean enabled) {

		UserCommand toCommand() {
			return new UserCommand(this.username, this.displayName, this.regionCode, this.scopeValue, this.roles,
					this.mobile, this.enabled == null || this.enabled);
		}

	}

	/** A token to create. */
	record TokenRequest(String name, Set<String> permissions, Integer daysValid) {
	}

	@GetMapping("/me")
	@Operation(summary = "The authenticated caller: identity, jurisdiction and effective permissions")
	Me me(Actor actor) {
		return new Me(actor.userId(), actor.username(), actor.displayName(), actor.regionCode(),
				actor.scope().kind().name(), actor.scope().value(), actor.permissions().stream().sorted().toList(),
				actor.channel().name());
	}

	@GetMapping("/users")
	@Operation(summary = "Search users in the caller's jurisdiction (iam:user:read)")
	Page<UserView> users(Actor actor, @RequestParam(required = false) String q,
			@RequestParam(required = false) String region, @RequestParam(required = false) String role,
			@RequestParam(required = false) String status, @RequestParam(required = false) String sort,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.users.search(actor, new UserFilter(q, region, role, status, sort), PageQuery.of(page, size));
	}

	@GetMapping("/users/{id}")
	@Operation(summary = "One user in the caller's jurisdiction (iam:user:read)")
	UserView user(Actor actor, @PathVariable long id) {
		return this.users.get(actor, id);
	}

	@PostMapping("/users")
	@Operation(summary = "Create a user (iam:user:write); the answer carries the one-time password once")
	ResponseEntity<UserAdministration.WithPassword> create(Actor actor, @RequestBody UserPayload payload) {
		UserAdministration.WithPassword created = this.users.create(actor, payload.toCommand());
		return ResponseEntity.created(URI.create("/api/v1/users/" + created.user().id())).body(created);
	}

	@PutMapping("/users/{id}")
	@Operation(summary = "Change a user (iam:user:write)")
	UserView update(Actor actor, @PathVariable long id, @RequestBody UserPayload payload) {
		return this.users.update(actor, id, payload.toCommand());
	}

	@PostMapping("/users/{id}/lock")
	@Operation(summary = "Lock a user out (iam:user:write)")
	UserView lock(Actor actor, @PathVariable long id) {
		return this.users.lock(actor, id);
	}

	@PostMapping("/users/{id}/unlock")
	@Operation(summary = "Unlock a user (iam:user:write)")
	UserView unlock(Actor actor, @PathVariable long id) {
		return this.users.unlock(actor, id);
	}

	@PostMapping("/users/{id}/password-reset")
	@Operation(summary = "Give a user a new one-time password (iam:user:write)")
	UserAdministration.WithPassword resetPassword(Actor actor, @PathVariable long id) {
		return this.users.resetPassword(actor, id);
	}

	@GetMapping("/roles")
	@Operation(summary = "Roles and their permissions (iam:role:read)")
	List<RoleView> roles(Actor actor) {
		return this.roles.roles(actor);
	}

	@GetMapping("/tokens")
	@Operation(summary = "The caller's own API tokens (never their secrets)")
	List<ApiTokenService.TokenView> tokens(Actor actor) {
		actor.require("iam:token:write");
		return this.tokens.list(actor);
	}

	@PostMapping("/tokens")
	@Operation(summary = "Create an API token for the caller (iam:token:write); the secret is returned once")
	ResponseEntity<ApiTokenService.IssuedToken> createToken(Actor actor, @RequestBody TokenRequest request) {
		ApiTokenService.IssuedToken issued = this.tokens.create(actor, request.name(), request.permissions(),
				request.daysValid() == null ? 90 : request.daysValid());
		return ResponseEntity.created(URI.create("/api/v1/tokens/" + issued.token().id())).body(issued);
	}

	@DeleteMapping("/tokens/{id}")
	@Operation(summary = "Revoke one of the caller's API tokens")
	ResponseEntity<Void> revokeToken(Actor actor, @PathVariable long id) {
		actor.require("iam:token:write");
		this.tokens.revoke(actor, id);
		return ResponseEntity.noContent().build();
	}

}
