/**
 * The register: employers (用人单位) with their sites, workshops and posts (岗位) and the hazard
 * factors at each post; workers (劳动者) with their employment and the exposure history derived
 * from the posts they held. Identity numbers are stored encrypted with a blind index.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Register of employers and workers")
package org.ohsonline.registry;
