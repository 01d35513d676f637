package org.ohsonline.iam;

import org.ohsonline.shared.Actor;

/** Figures about users and accounts for other modules' pages, always within the actor's scope. */
public interface UserDirectory {

	/** Users in the actor's region scope; empty figures for actors without {@code iam:user:read}. */
	UserStatistics statistics(Actor actor);

	/** The actor's own account. */
	AccountSummary account(Actor actor);

}
