/**
 * Grid supervision (网格化监管, issue 17 item 5): a county's areas (grids) drawn from townships and/or lists of
 * employers, with the employers' membership dated so past quarters stay true (one employer in at most one grid of its
 * county at a time); inspectors and grid assistants (网格员) assigned to grids for periods (分片包干); KPIs per grid and
 * per person per quarter — inspection coverage, declaration quality, exams, new exams, penalties — computed from the
 * enforcement, declaration and surveillance facades, scored with the versioned {@code grid-kpis} catalog into a
 * quarterly appraisal sheet with a verifiable PDF. See docs/grid.md and decision 0038.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Grid supervision",
		allowedDependencies = { "shared", "reference", "registry", "enforcement",
				"declaration", "surveillance", "iam", "audit", "portal" })
package org.ohsonline.grid;
