package org.ohsonline.iam.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.shared.Actor;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a login attempt changes: failed attempts count towards a lockout, a success resets them;
 * both are audited. Unknown usernames get the same answer as wrong passwords.
 */
@Component
class LoginOutcomes implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

	private final UserAccountRepository users;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	private final SecuritySettings settings;

	private final Clock clock;

	private final SavedRequestAwareAuthenticationSuccessHandler continuation = new SavedRequestAwareAuthenticationSuccessHandler();

	LoginOutcomes(UserAccountRepository users, AuditTrail audit, TransactionTemplate transactions,
			SecuritySettings settings, Clock clock) {
		this.users = users;
		this.audit = audit;
		this.transactions = transactions;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, jakarta.servlet.ServletException {
		OhsPrincipal principal = (OhsPrincipal) authentication.getPrincipal();
		this.transactions.executeWithoutResult(status -> this.users.findById(principal.userId()).ifPresent(user -> {
			user.recordSuccessfulLogin(Instant.now(this.clock));
			this.users.save(user);
			this.audit.record(principal.toActor(request.getRemoteAddr(), Actor.Channel.UI), "iam.login.succeeded",
					AuditTarget.of("user", user.id(), user.regionCode()), null, Map.of("username", user.username()));
		}));
		if (principal.mustChangePassword()) {
			response.sendRedirect(request.getContextPath() + "/account/password?required");
			return;
		}
		this.continuation.onAuthenticationSuccess(request, response, authentication);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String username = String.valueOf(request.getParameter("username")).trim().toLowerCase();
		String outcome = exception instanceof LockedException ? "locked"
				: exception instanceof DisabledException ? "disabled" : "error";
		this.transactions.executeWithoutResult(status -> this.users.findByUsername(username).ifPresent(user -> {
			Instant now = Instant.now(this.clock);
			Map<String, Object> before = user.snapshot();
			if ("error".equals(outcome)) {
				user.recordFailedLogin(now, this.settings.maxFailedLogins(), this.settings.lockout());
				this.users.save(user);
			}
			Actor claimed = new Actor(user.id(), user.username(), user.displayName(), user.regionCode(), user.scope(),
					Set.of(), request.getRemoteAddr(), Actor.Channel.UI);
			this.audit.record(claimed, user.isLocked(now) && "error".equals(outcome) ? "iam.user.locked-out"
					: "iam.login.failed", AuditTarget.of("user", user.id(), user.regionCode()), before, user.snapshot());
		}));
		response.sendRedirect(request.getContextPath() + "/login?" + outcome);
	}

}
