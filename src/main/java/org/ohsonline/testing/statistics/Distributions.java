package org.ohsonline.testing.statistics;

/**
 * The distribution functions EN 689's tests need, in plain Java: the standard normal CDF and
 * quantile, the non-central t CDF, and the tolerance factor built on it. No library: the platform
 * brings no statistics dependency for three functions, and each is checked in the tests against
 * SciPy 1.17 figures written out there.
 *
 * <ul>
 * <li>Φ through the regularized incomplete gamma function, Φ(x) = ½·Q(½, x²/2) for x &lt; 0
 * (series and continued fraction as in Press et al., Numerical Recipes, 3rd ed., §6.2), relative
 * accuracy about 1e-14.</li>
 * <li>Φ⁻¹ by Acklam's rational approximation refined by two Newton steps on Φ.</li>
 * <li>The non-central t CDF by Lenth's algorithm AS 243 (Applied Statistics 38, 1989, 185–189) as
 * refined in R's {@code pnt}: a Poisson-weighted series of incomplete beta functions; beyond
 * |δ| &gt; 37.62, where its first weight underflows, the normal approximation of Abramowitz &amp;
 * Stegun 26.7.10, as R does.</li>
 * <li>The regularized incomplete beta function by its continued fraction (modified Lentz), the log
 * gamma function by Lanczos' approximation (g = 7, 9 terms).</li>
 * </ul>
 */
final class Distributions {

	private static final double LN_SQRT_PI = 0.5 * Math.log(Math.PI);

	private static final double EPSILON = 1e-15;

	private static final double TINY = 1e-300;

	private Distributions() {
	}

	// --- normal ---------------------------------------------------------------------------------

	static double normalCdf(double x) {
		if (Double.isNaN(x)) {
			return Double.NaN;
		}
		double half = 0.5 * x * x;
		if (x < 0) {
			return 0.5 * upperGamma(0.5, half);
		}
		return 0.5 + 0.5 * lowerGamma(0.5, half);
	}

	/** ln Φ(x), also where Φ(x) underflows (x below about −37). */
	static double logNormalCdf(double x) {
		if (x > -30) {
			return Math.log(normalCdf(x));
		}
		// Mills' ratio: Φ(x) ≈ φ(x)/(−x)·(1 − 1/x² + 3/x⁴)
		double inv = 1 / (x * x);
		return -0.5 * x * x - Math.log(-x) - 0.5 * Math.log(2 * Math.PI) + Math.log(1 - inv + 3 * inv * inv);
	}

	static double normalDensity(double x) {
		return Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
	}

	static double normalQuantile(double p) {
		if (!(p > 0 && p < 1)) {
			throw new IllegalArgumentException("probability must be in (0, 1): " + p);
		}
		double x = acklam(p);
		for (int i = 0; i < 2; i++) {
			x -= (normalCdf(x) - p) / normalDensity(x);
		}
		return x;
	}

	private static double acklam(double p) {
		double[] a = { -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02,
				-3.066479806614716e+01, 2.506628277459239e+00 };
		double[] b = { -5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01,
				-1.328068155288572e+01 };
		double[] c = { -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00,
				4.374664141464968e+00, 2.938163982698783e+00 };
		double[] d = { 7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00 };
		double low = 0.02425;
		if (p < low) {
			double q = Math.sqrt(-2 * Math.log(p));
			return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
					/ ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
		}
		if (p > 1 - low) {
			return -acklam(1 - p);
		}
		double q = p - 0.5;
		double r = q * q;
		return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
				/ (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
	}

	// --- gamma and beta functions ----------------------------------------------------------------

	static double lnGamma(double x) {
		double[] g = { 0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
				-176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
				1.5056327351493116e-7 };
		if (x < 0.5) {
			return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lnGamma(1 - x);
		}
		double z = x - 1;
		double sum = g[0];
		for (int i = 1; i < g.length; i++) {
			sum += g[i] / (z + i);
		}
		double t = z + 7.5;
		return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
	}

	/** P(a, x), the regularized lower incomplete gamma function. */
	static double lowerGamma(double a, double x) {
		if (x <= 0) {
			return 0;
		}
		return x < a + 1 ? gammaSeries(a, x) : 1 - gammaFraction(a, x);
	}

	/** Q(a, x) = 1 − P(a, x), computed directly where P is close to 1. */
	static double upperGamma(double a, double x) {
		if (x <= 0) {
			return 1;
		}
		return x < a + 1 ? 1 - gammaSeries(a, x) : gammaFraction(a, x);
	}

	private static double gammaSeries(double a, double x) {
		double term = 1 / a;
		double sum = term;
		for (int n = 1; n < 10_000; n++) {
			term *= x / (a + n);
			sum += term;
			if (Math.abs(term) < Math.abs(sum) * EPSILON) {
				break;
			}
		}
		return sum * Math.exp(-x + a * Math.log(x) - lnGamma(a));
	}

	private static double gammaFraction(double a, double x) {
		double b = x + 1 - a;
		double c = 1 / TINY;
		double d = 1 / b;
		double h = d;
		for (int i = 1; i < 10_000; i++) {
			double an = -i * (i - a);
			b += 2;
			d = an * d + b;
			d = Math.abs(d) < TINY ? TINY : d;
			c = b + an / c;
			c = Math.abs(c) < TINY ? TINY : c;
			d = 1 / d;
			double delta = d * c;
			h *= delta;
			if (Math.abs(delta - 1) < EPSILON) {
				break;
			}
		}
		return Math.exp(-x + a * Math.log(x) - lnGamma(a)) * h;
	}

	/** I_x(a, b), the regularized incomplete beta function. */
	static double incompleteBeta(double x, double a, double b) {
		if (x <= 0) {
			return 0;
		}
		if (x >= 1) {
			return 1;
		}
		double front = Math.exp(lnGamma(a + b) - lnGamma(a) - lnGamma(b) + a * Math.log(x) + b * Math.log1p(-x));
		if (x < (a + 1) / (a + b + 2)) {
			return front * betaFraction(x, a, b) / a;
		}
		return 1 - front * betaFraction(1 - x, b, a) / b;
	}

	private static double betaFraction(double x, double a, double b) {
		double qab = a + b;
		double qap = a + 1;
		double qam = a - 1;
		double c = 1;
		double d = 1 - qab * x / qap;
		d = Math.abs(d) < TINY ? TINY : d;
		d = 1 / d;
		double h = d;
		for (int m = 1; m < 10_000; m++) {
			int m2 = 2 * m;
			double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
			d = 1 + aa * d;
			d = Math.abs(d) < TINY ? TINY : d;
			c = 1 + aa / c;
			c = Math.abs(c) < TINY ? TINY : c;
			d = 1 / d;
			h *= d * c;
			aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
			d = 1 + aa * d;
			d = Math.abs(d) < TINY ? TINY : d;
			c = 1 + aa / c;
			c = Math.abs(c) < TINY ? TINY : c;
			d = 1 / d;
			double delta = d * c;
			h *= delta;
			if (Math.abs(delta - 1) < EPSILON) {
				break;
			}
		}
		return h;
	}

	// --- non-central t --------------------------------------------------------------------------

	/** P(T ≤ t) for T non-central t with {@code df} degrees of freedom and non-centrality δ. */
	static double nonCentralTCdf(double t, double df, double delta) {
		boolean negative = t < 0;
		double tt = negative ? -t : t;
		double del = negative ? -delta : delta;
		if (Math.abs(del) > 37.62 || df > 4e5) {
			// Abramowitz & Stegun 26.7.10
			double s = 1 / (4 * df);
			double p = normalCdf((tt * (1 - s) - del) / Math.sqrt(1 + tt * tt * 2 * s));
			return clamp(negative ? 1 - p : p);
		}
		double x = t * t / (t * t + df);
		double tnc = 0;
		if (x > 0) {
			double lambda = del * del;
			double p = 0.5 * Math.exp(-0.5 * lambda);
			double q = Math.sqrt(2 / Math.PI) * p * del;
			double s = 0.5 - p;
			if (s < 1e-7) {
				s = -0.5 * Math.expm1(-0.5 * lambda);
			}
			double a = 0.5;
			double b = 0.5 * df;
			double rxb = Math.pow(1 - x, b);
			double lnBeta = LN_SQRT_PI + lnGamma(b) - lnGamma(0.5 + b);
			double xodd = incompleteBeta(x, a, b);
			double godd = 2 * rxb * Math.exp(a * Math.log(x) - lnBeta);
			double bx = b * x;
			double xeven = bx < 2.2e-16 ? bx : 1 - rxb;
			double geven = bx * rxb;
			tnc = p * xodd + q * xeven;
			for (int it = 1; it <= 10_000; it++) {
				a += 1;
				xodd -= godd;
				xeven -= geven;
				godd *= x * (a + b - 1) / a;
				geven *= x * (a + b - 0.5) / (a + 0.5);
				p *= lambda / (2 * it);
				q *= lambda / (2 * it + 1);
				tnc += p * xodd + q * xeven;
				s -= p;
				if (s < -1e-10 || s <= 0 && it > 1) {
					break;
				}
				double errorBound = 2 * s * (xodd - godd);
				if (Math.abs(errorBound) < 1e-14) {
					break;
				}
			}
		}
		tnc += normalCdf(-del);
		return clamp(negative ? 1 - tnc : tnc);
	}

	/**
	 * The one-sided tolerance factor k with P(Xₚ ≤ x̄ + k·s) = confidence for a normal sample of
	 * size n: k = t'_confidence(n − 1, z_p·√n) / √n, the quantile found by bisection.
	 */
	static double toleranceFactor(int n, double coverage, double confidence) {
		double df = n - 1;
		double delta = normalQuantile(coverage) * Math.sqrt(n);
		double low = delta - 1;
		while (nonCentralTCdf(low, df, delta) > confidence) {
			low -= Math.max(1, Math.abs(low));
		}
		double high = delta + 1;
		while (nonCentralTCdf(high, df, delta) < confidence) {
			high += Math.max(1, Math.abs(high));
		}
		for (int i = 0; i < 200 && high - low > 1e-13 * Math.max(1, Math.abs(high)); i++) {
			double mid = 0.5 * (low + high);
			if (nonCentralTCdf(mid, df, delta) < confidence) {
				low = mid;
			}
			else {
				high = mid;
			}
		}
		return 0.5 * (low + high) / Math.sqrt(n);
	}

	/**
	 * The lower confidence limit of the non-centrality δ given an observed t: the δ with
	 * P(T ≤ t | δ) = confidence (the CDF falls as δ grows).
	 */
	static double lowerNonCentrality(double t, double df, double confidence) {
		double low = t - 1;
		while (nonCentralTCdf(t, df, low) < confidence) {
			low -= Math.max(1, Math.abs(low));
		}
		double high = t + 1;
		while (nonCentralTCdf(t, df, high) > confidence) {
			high += Math.max(1, Math.abs(high));
		}
		for (int i = 0; i < 200 && high - low > 1e-13 * Math.max(1, Math.abs(high)); i++) {
			double mid = 0.5 * (low + high);
			if (nonCentralTCdf(t, df, mid) > confidence) {
				low = mid;
			}
			else {
				high = mid;
			}
		}
		return 0.5 * (low + high);
	}

	private static double clamp(double p) {
		return Math.max(0, Math.min(1, p));
	}

}
