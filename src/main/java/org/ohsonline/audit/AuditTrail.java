package org.ohsonline.audit;

import java.util.Map;

import org.ohsonline.shared.Actor;

/**
 * Records writes. Must be called inside the transaction that makes the change, so the entry
 * commits or rolls back with it; a call outside a transaction fails.
 */
public interface AuditTrail {

	/**
	 * Appends one entry to the chain.
	 * @param actor who acted, from where and through which channel
	 * @param action what happened, {@code module.resource.verb} (e.g. {@code iam.user.created})
	 * @param target the record changed and the region it belongs to
	 * @param before the state before ({@code null} on creation); personal fields are masked
	 * @param after the state after ({@code null} on deletion); personal fields are masked
	 */
	void record(Actor actor, String action, AuditTarget target, Map<String, ?> before, Map<String, ?> after);

}
