package org.ohsonline.iam.internal;

import java.io.IOException;
import java.util.Optional;

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

	private final AccountDetailsService details;

	private final TokenPrincipalCache cache;

	BearerTokenFilter(ApiTokenService tokens, AccountDetailsService details, TokenPrincipalCache cache) {
		this.tokens = tokens;
		this.details = details;
		this.cache = cache;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		var authenticated = principalFor(header.substring(7).trim());
		if (authenticated.isEmpty()) {
			Problems.write(response, HttpStatus.UNAUTHORIZED, "invalid-token",
					"The bearer token is unknown, expired or revoked, or its owner is disabled or locked");
			return;
		}
		OhsPrincipal principal = authenticated.get();
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

	private Optional<OhsPrincipal> principalFor(String secret) {
		String hash = ApiTokenService.hash(secret);
		var principals = this.cache.principals();
		Optional<OhsPrincipal> cached = principals.get(hash);
		if (cached.isPresent()) {
			return cached;
		}
		long generation = principals.generation();
		var resolved = this.details.principalForToken(this.tokens, secret);
		resolved.ifPresent(r -> principals.put(hash, r.principal(), r.tokenExpiresAt(), generation));
		return resolved.map(AccountDetailsService.TokenPrincipal::principal);
	}

}
