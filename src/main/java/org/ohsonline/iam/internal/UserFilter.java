package org.ohsonline.iam.internal;

/**
 * Filters of the user list; all optional.
 *
 * @param q part of the username or display name
 * @param region a region prefix inside the actor's scope
 * @param role a role code
 * @param status {@code enabled}, {@code disabled} or {@code locked}
 * @param sort {@code username}, {@code displayName}, {@code region} or {@code lastLogin}, with a
 * leading {@code -} for descending
 */
public record UserFilter(String q, String region, String role, String status, String sort) {

	public static UserFilter none() {
		return new UserFilter(null, null, null, null, null);
	}

}
