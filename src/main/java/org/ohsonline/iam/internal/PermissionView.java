package org.ohsonline.iam.internal;

/** A permission that roles can grant. */
public record PermissionView(String code, String description) {
}
