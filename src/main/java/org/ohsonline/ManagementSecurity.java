package org.ohsonline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The actuator endpoints (health, Prometheus metrics) answer on their own port
 * ({@code management.server.port}, 8081, on the loopback interface unless {@code OHS_MANAGEMENT_ADDRESS}
 * opens it), never on the console's or the API's: no session, no login page, no CSRF. When
 * {@code OHS_MANAGEMENT_TOKEN} is set, everything there but {@code /actuator/health} asks for it as
 * {@code Authorization: Bearer <token>}, for a scraper that reaches the port over a network.
 */
@Configuration(proxyBeanMethods = false)
class ManagementSecurity {

	@Bean
	@Order(-1)
	SecurityFilterChain management(HttpSecurity http, @Value("${ohs.management.token:}") String token)
			throws Exception {
		return http.securityMatcher(EndpointRequest.toAnyEndpoint())
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.formLogin(form -> form.disable())
			.httpBasic(basic -> basic.disable())
			.requestCache(cache -> cache.disable())
			.securityContext(context -> context.disable())
			.addFilterBefore(new TokenCheck(token), AnonymousAuthenticationFilter.class)
			.build();
	}

	/** Refuses a request without the configured token, except the health check (load balancers ask it). */
	static final class TokenCheck extends OncePerRequestFilter {

		private final byte[] expected;

		TokenCheck(String token) {
			this.expected = token.isBlank() ? null : ("Bearer " + token.trim()).getBytes(StandardCharsets.UTF_8);
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			String offered = request.getHeader("Authorization");
			if (this.expected == null || path.endsWith("/health") || path.contains("/health/")
					|| (offered != null && MessageDigest.isEqual(this.expected, offered.getBytes(StandardCharsets.UTF_8)))) {
				chain.doFilter(request, response);
				return;
			}
			response.setHeader("WWW-Authenticate", "Bearer");
			response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
		}

	}

}
