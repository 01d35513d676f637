package org.ohsonline.agency;

/**
 * Whether the qualification may be used: active, suspended (暂停, may be resumed) or revoked (撤销,
 * final: a revoked organisation needs a new qualification).
 */
public enum AgencyStatus {

	ACTIVE, SUSPENDED, REVOKED;

	public boolean canChangeTo(AgencyStatus next) {
		return this != REVOKED && next != this;
	}

}
