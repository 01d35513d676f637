package org.ohsonline.iam;

import java.util.List;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Scope;

/**
 * Accounts of the synthetic-data generator and the benchmarks: many logins of one role at once, each with an API
 * token, so that a load script can act as thousands of distinct users. Only where synthetic data may be made
 * ({@code ohs.demo.enabled}, standalone mode; refused in production) and only for a system actor. The accounts have
 * no usable password; every account and token made is audited.
 */
public interface SyntheticAccounts {

	/**
	 * Makes each account not there yet (an existing username is reused as it is) and issues each a new API token
	 * with {@code permissions}, which its role must hold, valid {@code daysValid} days.
	 */
	List<Issued> withTokens(Actor actor, List<Account> accounts, List<String> permissions, int daysValid);

	/** An account to make: the display name should say it is synthetic. */
	record Account(String username, String displayName, String role, String regionCode, Scope scope) {
	}

	/** An account and the secret of its new token (shown once, as to any token's owner). */
	record Issued(long userId, String username, String token) {
	}

}
