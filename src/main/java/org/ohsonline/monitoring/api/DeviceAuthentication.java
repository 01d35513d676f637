package org.ohsonline.monitoring.api;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ohsonline.monitoring.internal.DeviceDirectory;
import org.ohsonline.monitoring.internal.DeviceRef;
import org.ohsonline.shared.web.Problems;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The ingestion endpoint has its own security chain, ahead of the user API's: it answers only to
 * device tokens ({@code Authorization: Bearer dev_…}), and a device token is accepted nowhere else
 * (the user API's filter knows only {@code ohs_} tokens). So a device token authenticates exactly
 * the ingestion of that device's readings.
 */
@Configuration(proxyBeanMethods = false)
class DeviceAuthentication {

	static final String INGEST_PATH = "/api/v1/monitoring/readings";

	@Bean
	@Order(0)
	SecurityFilterChain deviceIngestion(HttpSecurity http, DeviceDirectory directory) throws Exception {
		return http.securityMatcher(INGEST_PATH)
			.authorizeHttpRequests(requests -> requests.anyRequest().hasAuthority("DEVICE"))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.formLogin(form -> form.disable())
			.httpBasic(basic -> basic.disable())
			.requestCache(cache -> cache.disable())
			.addFilterBefore(new DeviceTokenFilter(directory), AnonymousAuthenticationFilter.class)
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint((request, response, ex) -> Problems.write(response, HttpStatus.UNAUTHORIZED,
						"unauthenticated", "Send the device's token as 'Authorization: Bearer dev_…'"))
				.accessDeniedHandler((request, response, ex) -> Problems.write(response, HttpStatus.FORBIDDEN,
						"forbidden", "Only a device token may send readings")))
			.build();
	}

	static final class DeviceTokenFilter extends OncePerRequestFilter {

		private final DeviceDirectory directory;

		DeviceTokenFilter(DeviceDirectory directory) {
			this.directory = directory;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String header = request.getHeader("Authorization");
			if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
				chain.doFilter(request, response);
				return;
			}
			var device = this.directory.byToken(header.substring(7).trim());
			if (device.isEmpty()) {
				Problems.write(response, HttpStatus.UNAUTHORIZED, "invalid-token",
						"The device token is unknown or was replaced, or the device is retired");
				return;
			}
			DeviceRef principal = device.get();
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
					List.of(new SimpleGrantedAuthority("DEVICE"))));
			SecurityContextHolder.setContext(context);
			try {
				chain.doFilter(request, response);
			}
			finally {
				SecurityContextHolder.clearContext();
			}
		}

	}

}
