/**
 * Exposure statistics for a similar exposure group (EN 689:2018): the preliminary test for 3 to 5
 * results and, from 6 results, the lognormal fit with GM, GSD, the 95th percentile, its upper
 * tolerance limit (95 %/70 %) and the exceedance fraction, non-detects included by censored
 * maximum likelihood. Method, references and limits: docs/decisions/0006-exposure-statistics.md.
 * Entry point: {@link org.ohsonline.testing.statistics.ExposureStatistics}.
 */
package org.ohsonline.testing.statistics;
