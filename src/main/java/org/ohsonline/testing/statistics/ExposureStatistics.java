package org.ohsonline.testing.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.ohsonline.reference.Oel;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.testing.judgement.Units;

/**
 * EN 689:2018 compliance of a similar exposure group from its shift results (C_TWA), beyond what
 * the Chinese rules ask: it makes a judgement defensible when one sample happens to pass. See
 * docs/decisions/0006-exposure-statistics.md for the method, its sources and its limits.
 *
 * <ul>
 * <li>Fewer than 3 results: {@link Decision#INSUFFICIENT_DATA}.</li>
 * <li>3, 4 or 5 results (preliminary test): any result above the OEL → non-compliant; all below
 * 0.10, 0.15 or 0.20 × OEL → compliant; otherwise more measurements are needed.</li>
 * <li>6 or more: lognormal fit; compliant when the upper tolerance limit of the 95th percentile at
 * 70 % confidence, GM·GSD^k, is at most the OEL (EN 689's U_R ≥ U_T). Non-detects by censored
 * maximum likelihood.</li>
 * </ul>
 */
public final class ExposureStatistics {

	private static final double[] LINE = { 0.01, 0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95, 0.99 };

	private ExposureStatistics() {
	}

	/** Against the factor's PC-TWA, with the EN 689 settings. */
	public static ExposureAssessment evaluate(List<Measurement> results, Oel oel) {
		if (oel == null || oel.pcTwa() == null) {
			throw InvalidInputException.of("oel", "testing.statistics.limitMissing",
					oel == null ? "" : oel.hazardCode());
		}
		return evaluate(results, oel.pcTwa(), oel.unit(), StatisticsSettings.en689());
	}

	/** Against any positive limit in the results' unit. */
	public static ExposureAssessment evaluate(List<Measurement> results, BigDecimal limit, String unit,
			StatisticsSettings settings) {
		validate(results, limit, unit);
		double oel = limit.doubleValue();
		int n = results.size();
		int nonDetects = (int) results.stream().filter(Measurement::nonDetect).count();
		boolean heavilyCensored = 2 * nonDetects > n;
		if (n < 3) {
			return new ExposureAssessment(n, nonDetects, oel, unit, Decision.INSUFFICIENT_DATA, null, null,
					heavilyCensored, points(results, null), List.of());
		}
		if (n <= 5) {
			PreliminaryTest test = preliminary(results, oel, settings.preliminaryFractions().get(n - 3));
			Decision decision = test.aboveLimit() > 0 ? Decision.NON_COMPLIANT
					: test.belowThreshold() == n ? Decision.COMPLIANT : Decision.MORE_MEASUREMENTS_NEEDED;
			return new ExposureAssessment(n, nonDetects, oel, unit, decision, test, null, heavilyCensored,
					points(results, null), List.of());
		}
		if (nonDetects > 0 && n - nonDetects < settings.minimumDetected()) {
			return new ExposureAssessment(n, nonDetects, oel, unit, Decision.TOO_FEW_DETECTED, null, null,
					heavilyCensored, points(results, null), List.of());
		}
		LognormalFit fit = fit(results, oel, settings);
		Decision decision = fit.upperToleranceLimit() <= oel ? Decision.COMPLIANT : Decision.NON_COMPLIANT;
		List<FittedQuantile> line = new ArrayList<>();
		for (double p : LINE) {
			double z = Distributions.normalQuantile(p);
			line.add(new FittedQuantile(p, z, Math.exp(fit.mu() + fit.sigma() * z)));
		}
		return new ExposureAssessment(n, nonDetects, oel, unit, decision, null, fit, heavilyCensored,
				points(results, fit), line);
	}

	static PreliminaryTest preliminary(List<Measurement> results, double oel, double fraction) {
		double threshold = fraction * oel;
		int below = 0;
		int above = 0;
		for (Measurement m : results) {
			double v = m.plotted().doubleValue();
			if (v < threshold) {
				below++;
			}
			if (!m.nonDetect() && v > oel) {
				above++;
			}
		}
		return new PreliminaryTest(fraction, threshold, below, above);
	}

	static LognormalFit fit(List<Measurement> results, double oel, StatisticsSettings settings) {
		int n = results.size();
		double[] detected = results.stream()
			.filter(m -> !m.nonDetect())
			.mapToDouble(m -> Math.log(m.value().doubleValue()))
			.toArray();
		double[] censored = results.stream()
			.filter(Measurement::nonDetect)
			.mapToDouble(m -> Math.log(m.limitOfDetection().doubleValue()))
			.toArray();
		double mu;
		double sigma;
		LognormalFit.Method method;
		if (censored.length == 0) {
			mu = java.util.Arrays.stream(detected).average().orElseThrow();
			double m = mu;
			sigma = Math.sqrt(java.util.Arrays.stream(detected).map(y -> (y - m) * (y - m)).sum() / (n - 1));
			method = LognormalFit.Method.COMPLETE_DATA;
		}
		else {
			CensoredLognormal.Estimate estimate = CensoredLognormal.fit(detected, censored);
			mu = estimate.mu();
			sigma = estimate.sigma() * Math.sqrt((double) n / (n - 1));
			method = LognormalFit.Method.CENSORED_MAXIMUM_LIKELIHOOD;
		}
		double coverage = settings.coverage();
		double confidence = settings.confidence();
		double z = Distributions.normalQuantile(coverage);
		double k = Distributions.toleranceFactor(n, coverage, confidence);
		double gm = Math.exp(mu);
		double gsd = Math.exp(sigma);
		double utl = Math.exp(mu + k * sigma);
		double standardised;
		double exceedance;
		double exceedanceUpper;
		if (sigma == 0) {
			// every result equal: no spread, the OEL is either above all of them or not
			standardised = Math.log(oel) >= mu ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
			exceedance = gm > oel ? 1 : 0;
			exceedanceUpper = exceedance;
		}
		else {
			standardised = (Math.log(oel) - mu) / sigma;
			exceedance = Distributions.normalCdf(-standardised);
			double lowerDelta = Distributions.lowerNonCentrality(Math.sqrt(n) * standardised, n - 1, confidence);
			exceedanceUpper = Distributions.normalCdf(-lowerDelta / Math.sqrt(n));
		}
		return new LognormalFit(method, mu, sigma, gm, gsd, coverage, Math.exp(mu + z * sigma), k, utl, standardised,
				exceedance, exceedanceUpper, confidence);
	}

	static List<ChartPoint> points(List<Measurement> results, LognormalFit fit) {
		List<Measurement> ordered = results.stream()
			.sorted(Comparator.comparing(Measurement::plotted))
			.toList();
		int n = ordered.size();
		List<ChartPoint> points = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			Measurement m = ordered.get(i);
			double position = (i + 1 - 0.375) / (n + 0.25);
			double z = Distributions.normalQuantile(position);
			double fitted = fit == null ? Double.NaN : Math.exp(fit.mu() + fit.sigma() * z);
			points.add(new ChartPoint(m.id(), m.plotted().doubleValue(), m.nonDetect(), position, z, fitted));
		}
		return points;
	}

	private static void validate(List<Measurement> results, BigDecimal limit, String unit) {
		List<FieldError> errors = new ArrayList<>();
		if (limit == null || limit.signum() <= 0) {
			errors.add(FieldError.of("limit", "testing.statistics.limitMissing", ""));
		}
		if (results == null) {
			throw new InvalidInputException(List.of(FieldError.of("results", "testing.statistics.noResults")));
		}
		for (int i = 0; i < results.size(); i++) {
			Measurement m = results.get(i);
			String field = "results[" + i + "]";
			String id = m.id() == null ? field : m.id();
			if (m.unit() == null || m.unit().isBlank()) {
				errors.add(FieldError.of(field + ".unit", "testing.sample.unitMissing", id));
			}
			else if (!Units.same(m.unit(), unit)) {
				errors.add(FieldError.of(field + ".unit", "testing.sample.unitMismatch", id, m.unit(), unit));
			}
			if (m.nonDetect()) {
				if (m.limitOfDetection() == null || m.limitOfDetection().signum() <= 0) {
					errors.add(FieldError.of(field + ".limitOfDetection", "testing.sample.limitOfDetectionMissing", id));
				}
			}
			else if (m.value() == null || m.value().signum() <= 0) {
				errors.add(FieldError.of(field + ".value", "testing.statistics.valueNotPositive", id));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
	}

}
