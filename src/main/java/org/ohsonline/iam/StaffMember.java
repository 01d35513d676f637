package org.ohsonline.iam;

/** A user as other modules name them when they assign work: id, display name and the region of their jurisdiction. */
public record StaffMember(long userId, String displayName, String regionCode) {
}
