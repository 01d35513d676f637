package org.ohsonline.iam;

import org.ohsonline.shared.Actor;

/** Figures about users and accounts for other modules' pages, always within the actor's scope. */
public interface UserDirectory {

	/** Users in the actor's region scope; empty figures for actors without {@code iam:user:read}. */
	UserStatistics statistics(Actor actor);

	/** The actor's own account. */
	AccountSummary account(Actor actor);

	/**
	 * The enabled users holding the built-in role {@code roleCode} whose jurisdiction lies inside {@code region}
	 * (a pool of inspectors for a plan), by id. {@code region} must lie inside the actor's own region scope;
	 * outside it, or for an actor without a region scope, the list is empty.
	 */
	java.util.List<StaffMember> holdersOfRole(Actor actor, String roleCode, String region);

}
