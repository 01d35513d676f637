package org.ohsonline.iam.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountDetailsService implements UserDetailsService {

	private final UserAccountRepository users;

	private final Clock clock;

	AccountDetailsService(UserAccountRepository users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		UserAccount user = this.users.findByUsername(username == null ? "" : username.trim().toLowerCase())
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
		return principal(user);
	}

	/**
	 * The principal a bearer token stands for, if the token is valid and its owner may act now; in
	 * one read-only transaction, so an API call holds one pooled connection for its authentication.
	 */
	@Transactional(readOnly = true)
	java.util.Optional<TokenPrincipal> principalForToken(ApiTokenService tokens, String secret) {
		Instant now = Instant.now(this.clock);
		return tokens.authenticate(secret)
			.flatMap(grant -> this.users.findById(grant.userId())
				.filter(owner -> owner.enabled() && !owner.isLocked(now))
				.map(owner -> new TokenPrincipal(principal(owner).restrictedTo(grant.permissions()), grant.expiresAt())));
	}

	/** The principal a token stands for, and when the token expires. */
	record TokenPrincipal(OhsPrincipal principal, Instant tokenExpiresAt) {
	}

	OhsPrincipal principal(UserAccount user) {
		return new OhsPrincipal(user, new HashSet<>(this.users.permissionsOf(user.roles())), Instant.now(this.clock));
	}

}
