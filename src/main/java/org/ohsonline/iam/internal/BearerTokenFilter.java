package org.ohsonline.iam.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ohsonline.shared.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API calls by {@code Authorization: Bearer ohs_…}. The principal carries only the
 * token's permissions that the owner still holds, and the owner's jurisdiction.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private final ApiTokenService tokens;

	private final UserAccountRepository users;

	private final AccountDetailsService details;

	private final Clock clock;

	BearerTokenFilter(ApiTokenService tokens, UserAccountRepository users, AccountDetailsService details, Clock clock) {
		this.tokens = tokens;
		this.users = users;
		this.details = details;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		var grant = this.tokens.authenticate(header.substring(7).trim());
		var owner = grant.flatMap(g -> this.users.findById(g.userId()))
			.filter(u -> u.enabled() && !u.isLocked(Instant.now(this.clock)));
		if (grant.isEmpty() || owner.isEmpty()) {
			Problems.write(response, HttpStatus.UNAUTHORIZED, "invalid-token",
					"The bearer token is unknown, expired or revoked, or its owner is disabled or locked");
			return;
		}
		OhsPrincipal principal = this.details.principal(owner.get()).restrictedTo(grant.get().permissions());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
