package org.ohsonline.registry.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Register settings ({@code ohs.registry.*}).
 *
 * @param countCacheTtl how long the total of an employer list filter is reused on one instance
 * (paging through a list repeats the same count); every employer write on the instance drops the
 * totals at once, writes on other instances are seen after this time; 0 turns it off
 * @param inPersonDays how many days a worker's record stays open to an institution at which they
 * presented their identity number and name in person
 */
@ConfigurationProperties("ohs.registry")
record RegistrySettings(@DefaultValue("30s") Duration countCacheTtl, @DefaultValue("30") int inPersonDays) {
}
