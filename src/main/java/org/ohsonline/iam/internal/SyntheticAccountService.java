package org.ohsonline.iam.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.iam.SyntheticAccounts;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Synthetic accounts with tokens, for the generator's benchmarks; never in production. */
@Service
class SyntheticAccountService implements SyntheticAccounts {

	private final UserAccountRepository users;

	private final ApiTokenService tokens;

	private final PasswordEncoder encoder;

	private final AuditTrail audit;

	private final Clock clock;

	private final boolean allowed;

	SyntheticAccountService(UserAccountRepository users, ApiTokenService tokens, PasswordEncoder encoder,
			AuditTrail audit, Clock clock, @Value("${ohs.demo.enabled:false}") boolean allowed) {
		this.users = users;
		this.tokens = tokens;
		this.encoder = encoder;
		this.audit = audit;
		this.clock = clock;
		this.allowed = allowed;
	}

	@Override
	@Transactional
	public List<Issued> withTokens(Actor actor, List<Account> accounts, List<String> permissions, int daysValid) {
		if (!this.allowed) {
			throw new IllegalStateException("Synthetic accounts are made only where synthetic data may be (ohs.demo.enabled)");
		}
		if (actor.channel() != Actor.Channel.SYSTEM) {
			throw new AccessDeniedException("synthetic accounts: system only");
		}
		// One hash of a secret nobody keeps: the accounts log in with their tokens only.
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		String unusable = this.encoder.encode(Base64.getEncoder().encodeToString(secret));
		List<Issued> issued = new ArrayList<>();
		for (Account account : accounts) {
			UserAccount user = this.users.findByUsername(account.username()).orElse(null);
			if (user == null) {
				user = this.users.save(UserAccount.create(account.username(), account.displayName(), unusable,
						account.regionCode(), account.scope(), null, Set.of(account.role()), false, Instant.now(this.clock)));
				this.audit.record(actor, "iam.user.created", AuditTarget.of("user", user.id(), user.regionCode()), null,
						user.snapshot());
			}
			Set<String> held = new HashSet<>(this.users.permissionsOf(user.roles()));
			if (!held.containsAll(permissions)) {
				throw new IllegalArgumentException("role " + account.role() + " does not hold " + permissions);
			}
			// The token is the generator's doing, not the owner's: the owner's role need not include making tokens.
			held.add(Permissions.TOKEN_WRITE);
			Actor owner = new Actor(user.id(), user.username(), user.displayName(), user.regionCode(), user.scope(), held,
					"synthetic", Actor.Channel.API);
			ApiTokenService.IssuedToken token = this.tokens.create(owner, "synthetic", Set.copyOf(permissions), daysValid);
			issued.add(new Issued(user.id(), user.username(), token.secret()));
		}
		return issued;
	}

}
