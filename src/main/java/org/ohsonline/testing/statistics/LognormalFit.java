package org.ohsonline.testing.statistics;

/**
 * The lognormal fit of 6 or more results and EN 689's statistical test on it.
 *
 * @param method how the parameters were estimated
 * @param mu mean of ln X
 * @param sigma standard deviation of ln X (sample, n − 1; see the decision note for non-detects)
 * @param geometricMean GM = e^μ
 * @param geometricStandardDeviation GSD = e^σ
 * @param percentile the percentile estimated (0.95)
 * @param percentileValue X₀.₉₅ = GM·GSD^z₀.₉₅, the point estimate
 * @param toleranceFactor k (EN 689's U_T) for n results, coverage and confidence
 * @param upperToleranceLimit UTL = GM·GSD^k, the upper confidence limit of the percentile
 * @param standardisedLimit EN 689's U_R = (ln OEL − ln GM) / ln GSD; compliance when U_R ≥ U_T
 * @param exceedanceFraction the estimated share of shifts above the OEL, 1 − Φ((ln OEL − μ)/σ)
 * @param exceedanceUpperLimit its upper confidence limit at the same confidence
 * @param confidence the confidence used (0.70)
 */
public record LognormalFit(Method method, double mu, double sigma, double geometricMean,
		double geometricStandardDeviation, double percentile, double percentileValue, double toleranceFactor,
		double upperToleranceLimit, double standardisedLimit, double exceedanceFraction,
		double exceedanceUpperLimit, double confidence) {

	/** How μ and σ were estimated. */
	public enum Method {

		/** Every result detected: mean and sample standard deviation of the logarithms. */
		COMPLETE_DATA,

		/** Some non-detects: censored maximum likelihood, σ scaled by √(n/(n−1)). */
		CENSORED_MAXIMUM_LIKELIHOOD

	}

}
