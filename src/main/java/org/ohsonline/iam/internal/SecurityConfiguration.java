package org.ohsonline.iam.internal;

import java.time.Clock;

import org.ohsonline.shared.web.Problems;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * Two chains: {@code /api/**} is stateless and answers only to bearer tokens (so it needs no CSRF
 * protection: no cookie is ever honoured there); everything else is the console, with form login,
 * a session and CSRF tokens, and a session that ends once its user is locked, disabled or changed.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
			+ "frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokenService tokens, AccountDetailsService details,
			TokenPrincipalCache principals, SecuritySettings settings)
			throws Exception {
		return http.securityMatcher("/api/**")
			.headers(headers -> strictTransportSecurity(headers, settings))
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.formLogin(form -> form.disable())
			.httpBasic(basic -> basic.disable())
			.requestCache(cache -> cache.disable())
			.addFilterBefore(new BearerTokenFilter(tokens, details, principals), AnonymousAuthenticationFilter.class)
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint((request, response, ex) -> Problems.write(response, HttpStatus.UNAUTHORIZED,
						"unauthenticated", "Send a valid API token as 'Authorization: Bearer ohs_…'"))
				.accessDeniedHandler((request, response, ex) -> Problems.write(response, HttpStatus.FORBIDDEN,
						"forbidden", "The token lacks the permission for this action")))
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain console(HttpSecurity http, LoginOutcomes outcomes, UserAccountRepository users, Clock clock,
			SecuritySettings settings) throws Exception {
		return http
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
						"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
				.permitAll()
				// The public verification pages of issued documents (portal module): anyone who scans
				// a QR code, logged in or not.
				.requestMatchers("/verify", "/verify/**")
				.permitAll()
				.anyRequest()
				.authenticated())
			.formLogin(form -> form.loginPage("/login").successHandler(outcomes).failureHandler(outcomes).permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			// After the session's principal is loaded and the headers are set, before anything acts on it.
			.addFilterAfter(new StaleSessionFilter(users, clock), HeaderWriterFilter.class)
			.headers(headers -> strictTransportSecurity(headers, settings)
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
			.build();
	}

	/**
	 * {@code Strict-Transport-Security} on every response when {@code ohs.security.hsts-max-age} is
	 * set (production). Spring Security writes it only on requests that arrived over TLS, but in
	 * production TLS ends at the proxy in front, so the platform sees plain HTTP unless the proxy's
	 * {@code X-Forwarded-Proto} is trusted; production is served over HTTPS only (its session cookie
	 * is {@code Secure}), and a browser ignores the header on a response that reached it over plain
	 * HTTP (RFC 6797 §8.1), so it is sent whatever the request looked like. Not for subdomains: the
	 * platform speaks for its own host only.
	 */
	private static HeadersConfigurer<HttpSecurity> strictTransportSecurity(HeadersConfigurer<HttpSecurity> headers,
			SecuritySettings settings) {
		if (settings.hstsMaxAge().isZero()) {
			return headers.httpStrictTransportSecurity(hsts -> hsts.disable());
		}
		return headers.httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(settings.hstsMaxAge().toSeconds())
			.includeSubDomains(false)
			.requestMatcher(AnyRequestMatcher.INSTANCE));
	}

	/**
	 * No Micrometer observations of Spring Security's own work: with an observation registry present
	 * (Actuator), Spring Security times every filter of a chain, each authentication and each
	 * authorization decision, as meters nobody reads (operations watch {@code http.server.requests},
	 * which stays). On the province's employer search that was 15 % of a request thread's processor
	 * time and a quarter of what a request allocated (docs/benchmarks.md, issue 20 item 8).
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt by default; the {id} prefix lets a later algorithm take over without a reset.
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
