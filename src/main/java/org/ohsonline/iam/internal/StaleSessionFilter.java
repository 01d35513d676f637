package org.ohsonline.iam.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a console session whose user an administrator has locked, disabled or changed since it was
 * opened (decision 0018): on every request the account's row is read by its primary key, and unless
 * the user is enabled, not locked and at the security version the session was opened with, the
 * session is invalidated and the browser sent to {@code /login?expired}. The check reads the
 * database, so a change made on one instance ends the sessions held by every instance at once.
 */
class StaleSessionFilter extends OncePerRequestFilter {

	static final String EXPIRED = "/login?expired";

	private static final Logger log = LoggerFactory.getLogger(StaleSessionFilter.class);

	private final UserAccountRepository users;

	private final Clock clock;

	StaleSessionFilter(UserAccountRepository users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		// Style sheets, scripts and icons reveal nothing and change nothing: the page that asks for
		// them has been checked already.
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")
				|| path.equals("/favicon.ico");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof OhsPrincipal principal
				&& !stillAdmitted(principal)) {
			end(principal, request, response);
			return;
		}
		chain.doFilter(request, response);
	}

	private boolean stillAdmitted(OhsPrincipal principal) {
		Instant now = Instant.now(this.clock);
		return this.users.standing(principal.userId())
			.map(standing -> standing.admits(principal.securityVersion(), now))
			.orElse(false);
	}

	private static void end(OhsPrincipal principal, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		log.info("Ended a session of {}: the account was locked, disabled or changed since it logged in",
				principal.getUsername());
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		SecurityContextHolder.clearContext();
		String target = request.getContextPath() + EXPIRED;
		if (request.getHeader("HX-Request") != null) {
			// An htmx request would follow a redirect and swap the login page into a fragment; htmx
			// loads the whole page named by HX-Redirect instead.
			response.setHeader("HX-Redirect", target);
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			return;
		}
		response.sendRedirect(target);
	}

}
