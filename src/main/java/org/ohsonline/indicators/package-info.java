/**
 * The indicators the plans track (统计指标, issue 17 items 1–3, 6 and 8): versioned definitions (the
 * {@code indicator-definitions} catalog) with population, numerator, denominator, unit, source module and the plan
 * target each stands for; targets per region, year and indicator, where a lower region may only tighten; read
 * models of one membership row per indicator and employer, kept current by the other modules' events and rebuilt on
 * demand from their facades with a report of every difference; figures the platform does not hold imported per
 * county with their source; the director's dashboard, the wall view and the API; quarterly snapshots (issue 17
 * item 4) of every region's figures with revisions for late corrections, scores by the versioned
 * {@code indicator-scoring} catalog and rankings, and the quarterly bulletin (item 7) as a verifiable PDF. See
 * docs/indicators.md and decision 0037.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Indicators",
		allowedDependencies = { "shared", "reference", "registry", "declaration", "testing",
				"surveillance", "training", "risk", "enforcement", "radiation", "projects", "monitoring", "diagnosis", "audit", "portal" })
package org.ohsonline.indicators;
