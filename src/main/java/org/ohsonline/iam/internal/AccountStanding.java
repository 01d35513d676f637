package org.ohsonline.iam.internal;

import java.time.Instant;

/**
 * What a console session is checked against on every request: the account's row, read by its
 * primary key without roles or personal data.
 */
record AccountStanding(boolean enabled, Instant lockedUntil, int securityVersion) {

	/**
	 * Whether a session opened when the account stood at {@code sessionVersion} may go on: the account
	 * is enabled, not locked (by an administrator or after failed logins), and nothing that ends
	 * sessions has changed since.
	 */
	boolean admits(int sessionVersion, Instant now) {
		return this.enabled && (this.lockedUntil == null || !this.lockedUntil.isAfter(now))
				&& this.securityVersion == sessionVersion;
	}

}
