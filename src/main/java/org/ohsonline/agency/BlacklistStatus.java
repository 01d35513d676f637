package org.ohsonline.agency;

/**
 * Where a blacklist entry stands: proposed (by a supervisor or a trigger), in force once confirmed with its
 * decision document, expired after its last day, rejected, or removed early with a reason.
 */
public enum BlacklistStatus {

	PROPOSED, IN_FORCE, EXPIRED, REJECTED, REMOVED;

	/** Whether an entry blocks engagements. */
	public boolean blocks() {
		return this == IN_FORCE;
	}

}
