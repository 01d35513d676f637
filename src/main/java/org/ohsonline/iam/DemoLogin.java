package org.ohsonline.iam;

/**
 * A demo account of standalone mode.
 *
 * @param password the generated password, only on the start that created it; {@code null} after
 */
public record DemoLogin(String username, String roleCode, String regionCode, String password) {
}
