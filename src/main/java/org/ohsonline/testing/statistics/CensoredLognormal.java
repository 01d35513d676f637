package org.ohsonline.testing.statistics;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Maximum-likelihood fit of a lognormal distribution to results of which some are non-detects
 * (left-censored at their own limits of detection, which may differ), in logarithms:
 * ℓ(μ, σ) = Σ_detected [−ln σ − ½((yᵢ − μ)/σ)²] + Σ_non-detects ln Φ((ln LODⱼ − μ)/σ).
 * Maximised over (μ, ln σ) with Nelder–Mead, restarted once from its own optimum (the usual guard
 * against a collapsed simplex). Cohen (1959) and Helsel (Statistics for Censored Environmental
 * Data, 2nd ed., 2012, ch. 6) describe the method.
 */
final class CensoredLognormal {

	/** μ and σ of ln X; σ is the maximum-likelihood (n-denominator) estimate. */
	record Estimate(double mu, double sigma) {
	}

	private CensoredLognormal() {
	}

	static Estimate fit(double[] detectedLogs, double[] censoredLogs) {
		double mean = Arrays.stream(detectedLogs).average().orElseThrow();
		double spread = Math.sqrt(Arrays.stream(detectedLogs).map(y -> (y - mean) * (y - mean)).sum()
				/ Math.max(1, detectedLogs.length - 1));
		double[] start = { mean, Math.log(Math.max(spread, 0.1)) };
		double[] best = minimise(p -> -logLikelihood(p[0], Math.exp(p[1]), detectedLogs, censoredLogs), start);
		best = minimise(p -> -logLikelihood(p[0], Math.exp(p[1]), detectedLogs, censoredLogs), best);
		return new Estimate(best[0], Math.exp(best[1]));
	}

	static double logLikelihood(double mu, double sigma, double[] detected, double[] censored) {
		double sum = 0;
		for (double y : detected) {
			double z = (y - mu) / sigma;
			sum += -Math.log(sigma) - 0.5 * z * z;
		}
		for (double limit : censored) {
			sum += Distributions.logNormalCdf((limit - mu) / sigma);
		}
		return sum;
	}

	/** Nelder–Mead in two dimensions (reflection 1, expansion 2, contraction ½, shrink ½). */
	static double[] minimise(java.util.function.ToDoubleFunction<double[]> f, double[] start) {
		int n = start.length;
		double[][] simplex = new double[n + 1][];
		simplex[0] = start.clone();
		for (int i = 0; i < n; i++) {
			double[] vertex = start.clone();
			vertex[i] += vertex[i] == 0 ? 0.1 : 0.1 * Math.abs(vertex[i]) + 0.05;
			simplex[i + 1] = vertex;
		}
		double[] values = new double[n + 1];
		for (int i = 0; i <= n; i++) {
			values[i] = f.applyAsDouble(simplex[i]);
		}
		for (int iteration = 0; iteration < 20_000; iteration++) {
			Integer[] order = { 0, 1, 2 };
			double[] v = values;
			Arrays.sort(order, Comparator.comparingDouble(i -> v[i]));
			double[][] sorted = { simplex[order[0]], simplex[order[1]], simplex[order[2]] };
			double[] sortedValues = { values[order[0]], values[order[1]], values[order[2]] };
			simplex = sorted;
			values = sortedValues;
			double size = 0;
			for (int i = 1; i <= n; i++) {
				for (int j = 0; j < n; j++) {
					size = Math.max(size, Math.abs(simplex[i][j] - simplex[0][j]));
				}
			}
			if (size < 1e-12 && Math.abs(values[n] - values[0]) < 1e-14) {
				break;
			}
			double[] centroid = new double[n];
			for (int i = 0; i < n; i++) {
				for (int j = 0; j < n; j++) {
					centroid[j] += simplex[i][j] / n;
				}
			}
			double[] reflected = along(centroid, simplex[n], -1);
			double fr = f.applyAsDouble(reflected);
			if (fr < values[0]) {
				double[] expanded = along(centroid, simplex[n], -2);
				double fe = f.applyAsDouble(expanded);
				simplex[n] = fe < fr ? expanded : reflected;
				values[n] = Math.min(fe, fr);
			}
			else if (fr < values[n - 1]) {
				simplex[n] = reflected;
				values[n] = fr;
			}
			else {
				double[] contracted = fr < values[n] ? along(centroid, simplex[n], -0.5) : along(centroid, simplex[n], 0.5);
				double fc = f.applyAsDouble(contracted);
				if (fc < Math.min(fr, values[n])) {
					simplex[n] = contracted;
					values[n] = fc;
				}
				else {
					for (int i = 1; i <= n; i++) {
						simplex[i] = along(simplex[0], simplex[i], 0.5);
						values[i] = f.applyAsDouble(simplex[i]);
					}
				}
			}
		}
		int best = 0;
		for (int i = 1; i <= n; i++) {
			best = values[i] < values[best] ? i : best;
		}
		return simplex[best];
	}

	/** centroid + factor × (point − centroid). */
	private static double[] along(double[] centroid, double[] point, double factor) {
		double[] result = new double[centroid.length];
		for (int j = 0; j < centroid.length; j++) {
			result[j] = centroid[j] + factor * (point[j] - centroid[j]);
		}
		return result;
	}

}
