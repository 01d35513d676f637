package org.ohsonline.iam.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login, token and transport rules ({@code ohs.security.*}).
 *
 * @param maxFailedLogins failed attempts in a row that lock an account
 * @param lockout how long a lockout lasts
 * @param passwordMinLength the shortest acceptable password
 * @param tokenMaxLifetime the longest an API token may live
 * @param tokenCacheTtl how long a token's resolved principal is reused on one instance (0 turns the
 * cache off): the bound on a change missed by the cache notices (decision 0010, amended)
 * @param hstsMaxAge how long browsers are told to use only HTTPS for this host
 * ({@code Strict-Transport-Security}); 0 (standalone) sends no such header, production sets a year
 */
@ConfigurationProperties("ohs.security")
record SecuritySettings(@DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration lockout,
		@DefaultValue("12") int passwordMinLength, @DefaultValue("365d") Duration tokenMaxLifetime,
		@DefaultValue("5m") Duration tokenCacheTtl, @DefaultValue("0s") Duration hstsMaxAge) {
}
