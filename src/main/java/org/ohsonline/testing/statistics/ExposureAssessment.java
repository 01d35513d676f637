package org.ohsonline.testing.statistics;

import java.util.List;

/**
 * EN 689:2018 for one similar exposure group: the decision and every number behind it, with what a
 * chart needs (the ordered results and the fitted line).
 *
 * @param results how many results
 * @param nonDetects how many of them are non-detects
 * @param limit the OEL judged against
 * @param unit its unit
 * @param decision the conclusion
 * @param preliminary the preliminary test, for 3 to 5 results; else {@code null}
 * @param fit the lognormal fit and statistical test, for 6 or more results; else {@code null}
 * @param heavilyCensored more than half the results are non-detects: the fit rests on few values
 * @param points the results in order for a probability plot (fitted values only when there is a fit)
 * @param line the fitted line at fixed probabilities (empty without a fit)
 */
public record ExposureAssessment(int results, int nonDetects, double limit, String unit, Decision decision,
		PreliminaryTest preliminary, LognormalFit fit, boolean heavilyCensored, List<ChartPoint> points,
		List<FittedQuantile> line) {

	public ExposureAssessment {
		points = List.copyOf(points);
		line = List.copyOf(line);
	}

}
