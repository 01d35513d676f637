package org.ohsonline.iam;

import java.util.Map;

/**
 * Users in an actor's jurisdiction, for the home pages.
 *
 * @param total all users
 * @param enabled users who may log in
 * @param locked users locked out now after failed logins
 * @param byRole role code → number of users holding it
 */
public record UserStatistics(long total, long enabled, long locked, Map<String, Long> byRole) {
}
