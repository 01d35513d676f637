/**
 * Radiation health (放射卫生): radiation workers (放射工作人员) marked on the register with their occupational
 * category, post and dosimetry service; the employer's radiation licence; personal dose records per monitoring
 * period entered by the dosimetry service (console, Excel, API) and checked against the versioned dose limits
 * and investigation level (catalog {@code radiation-dose-limits}); investigations answered by the employer,
 * alerts on annual and five-year sums, monitoring gaps, and the monitoring rate per employer and region. See
 * docs/radiation.md and decision 0032.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Radiation health",
		allowedDependencies = { "shared", "reference", "registry", "agency", "audit" })
package org.ohsonline.radiation;
