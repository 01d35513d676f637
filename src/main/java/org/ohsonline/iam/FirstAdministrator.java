package org.ohsonline.iam;

/** The one-off creation of the first administrator of a production installation. */
public interface FirstAdministrator {

	/**
	 * Creates a platform administrator for the region with a one-time password that must be
	 * changed at first login.
	 * @return the one-time password
	 * @throws IllegalStateException when an administrator already exists
	 */
	String create(String username, String displayName, String regionCode);

}
