/**
 * The CDC's monitoring projects (疾控监测项目, Law Art. 12): a yearly project of key occupational-disease monitoring
 * (重点职业病监测) or workplace hazard monitoring and status survey (工作场所职业病危害因素监测与现状调查) with its
 * industries, hazard factors and targets per county; the sample of employers drawn reproducibly from the register
 * ({@code OHS-CDC-SAMPLE-1}, {@link org.ohsonline.shared.SeededOrder}); tasks of county CDCs and qualified agencies;
 * surveys entered against the versioned forms of the {@code survey-forms} catalog; the quality-control re-check of
 * a reproducible share of the surveys with resolved disagreements; progress by county against the targets. See
 * docs/cdc-monitoring.md and decision 0035.
 */
@org.springframework.modulith.ApplicationModule(displayName = "CDC monitoring projects",
		allowedDependencies = { "shared", "reference", "registry", "agency", "audit", "portal", "notification" })
package org.ohsonline.cdcmonitoring;
