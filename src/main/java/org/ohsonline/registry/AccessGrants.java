package org.ohsonline.registry;

import java.time.LocalDate;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Scope;

/**
 * Relations that open a record of the register to an agency or institution, whose own scope (its
 * credit code) covers none of it (数据授权, decision 0018): an accepted engagement opens an employer's
 * profile, sites, posts and hazards (never its workers); an identification in person, a diagnosis
 * application or an exam opens a worker's record (identity masked, employment, exposure). Every
 * grant names its reason and the record that gives it, may have a last day, and is audited; ending
 * that record revokes it. The module that holds the relation grants it, with the actor who made the
 * relation, who must see the record themself (or be the platform).
 */
public interface AccessGrants {

	/**
	 * Opens an employer to an agency or institution.
	 * @param grantee an {@code AGENCY} or {@code INSTITUTION} scope (the organisation's credit code)
	 * @param reference the record giving the grant, e.g. {@code engagement:42}
	 * @param validUntil the last day ({@code null}: until revoked)
	 */
	void grantEmployer(Actor actor, long employerId, Scope grantee, GrantReason reason, String reference,
			LocalDate validUntil);

	/** Opens a worker's record to an institution (an {@code INSTITUTION} scope). */
	void grantWorker(Actor actor, long workerId, Scope grantee, GrantReason reason, String reference,
			LocalDate validUntil);

	/**
	 * Makes sure each of these grants is in force, adding the missing ones in one statement (the
	 * platform's own reconciliation: engagements written in bulk by the synthetic generator or
	 * recorded before grants existed). Only the platform itself calls it.
	 */
	void ensureEmployerGrants(Actor actor, java.util.Collection<EmployerGrant> grants);

	/** Ends the grants that a record gave (an engagement ended or declined); nothing when there are none. */
	void revoke(Actor actor, GrantReason reason, String reference);

}
