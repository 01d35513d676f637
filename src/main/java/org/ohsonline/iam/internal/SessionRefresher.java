package org.ohsonline.iam.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** Reloads the signed-in user into the session after their own account changed (e.g. password). */
@Component
public class SessionRefresher {

	private final AccountDetailsService details;

	private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

	SessionRefresher(AccountDetailsService details) {
		this.details = details;
	}

	public void refresh(String username, HttpServletRequest request, HttpServletResponse response) {
		UserDetails principal = this.details.loadUserByUsername(username);
		((OhsPrincipal) principal).eraseCredentials();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		this.repository.saveContext(context, request, response);
	}

}
