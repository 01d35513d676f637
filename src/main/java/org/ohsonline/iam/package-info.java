/**
 * Identity and access: users, roles, {@code module:resource:action} permissions, jurisdiction
 * scopes, login with lockout, and hashed bearer tokens for machine clients.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity and access")
package org.ohsonline.iam;
