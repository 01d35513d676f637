package org.ohsonline.monitoring.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.ohsonline.monitoring.AlertKind;

/**
 * Holds a device's exposure windows and the newest readings against its limits: which limits are
 * exceeded now, and the level for the post light. No state and no I/O, so the arithmetic is tested
 * on hand-worked series.
 */
final class ExposureEvaluator {

	static final String BELOW = "BELOW";

	static final String ACTION = "ACTION";

	static final String EXCEEDED = "EXCEEDED";

	static final String UNKNOWN = "UNKNOWN";

	private ExposureEvaluator() {
	}

	/** A limit exceeded, with the value that exceeded it and when. */
	record Exceedance(AlertKind kind, double observed, double limit, Instant at) {
	}

	/**
	 * @param exposure the device's main exposure figure: TWA, L_EX,8h, 1-hour WBGT, or the peak for a
	 * MAC-only factor ({@code null} when it cannot be computed)
	 * @param limit the limit that figure is held against
	 * @param shortTerm the 15-minute TWA, for factors with a PC-STEL
	 */
	record Evaluation(Double exposure, Double limit, Double shortTerm, String level, List<Exceedance> exceedances) {
	}

	/**
	 * @param peak the highest of the newly accepted readings
	 * @param peakAt when it was measured
	 * @param at the time of the newest accepted reading (the end of the windows)
	 * @param heatLimit the WBGT limit for a heat device, {@code null} otherwise or when none applies
	 */
	static Evaluation evaluate(DeviceRef device, Limits.Resolved limits, Double heatLimit, Window window, double peak,
			Instant peakAt, Instant at) {
		if (device.heat()) {
			return heat(heatLimit, window, at);
		}
		if (device.noise()) {
			return noise(limits, window, at);
		}
		return concentration(limits, window, peak, peakAt, at);
	}

	private static Evaluation heat(Double limit, Window window, Instant at) {
		double mean = window.mean1h();
		Double exposure = Double.isNaN(mean) ? null : mean;
		if (limit == null || exposure == null) {
			return new Evaluation(exposure, limit, null, UNKNOWN, List.of());
		}
		if (exposure > limit) {
			return new Evaluation(exposure, limit, null, EXCEEDED,
					List.of(new Exceedance(AlertKind.HEAT, exposure, limit, at)));
		}
		return new Evaluation(exposure, limit, null, BELOW, List.of());
	}

	private static Evaluation noise(Limits.Resolved limits, Window window, Instant at) {
		Double lex = window.energy8h() > 0 ? ExposureMath.lex8h(window.energy8h()) : null;
		Double limit = limits.pcTwa();
		if (limit == null || lex == null) {
			return new Evaluation(lex, limit, null, UNKNOWN, List.of());
		}
		if (lex > limit) {
			return new Evaluation(lex, limit, null, EXCEEDED, List.of(new Exceedance(AlertKind.NOISE, lex, limit, at)));
		}
		return new Evaluation(lex, limit, null, lex >= ExposureMath.noiseActionLevel(limit) ? ACTION : BELOW, List.of());
	}

	private static Evaluation concentration(Limits.Resolved limits, Window window, double peak, Instant peakAt,
			Instant at) {
		if (!limits.any()) {
			return new Evaluation(ExposureMath.twa8h(window.dose8h()), null, null, UNKNOWN, List.of());
		}
		List<Exceedance> exceedances = new ArrayList<>();
		if (limits.mac() != null && peak > limits.mac()) {
			exceedances.add(new Exceedance(AlertKind.CEILING, peak, limits.mac(), peakAt));
		}
		if (limits.pcTwa() != null && limits.mac() == null && limits.pcStel() == null
				&& peak > ExposureMath.excursionCeiling(limits.pcTwa())) {
			exceedances.add(new Exceedance(AlertKind.EXCURSION, peak, ExposureMath.excursionCeiling(limits.pcTwa()),
					peakAt));
		}
		Double shortTerm = null;
		if (limits.pcStel() != null) {
			shortTerm = ExposureMath.stel(window.dose15m());
			if (shortTerm > limits.pcStel()) {
				exceedances.add(new Exceedance(AlertKind.STEL, shortTerm, limits.pcStel(), at));
			}
		}
		double exposure;
		double limit;
		if (limits.pcTwa() != null) {
			exposure = ExposureMath.twa8h(window.dose8h());
			limit = limits.pcTwa();
			if (exposure > limit) {
				exceedances.add(new Exceedance(AlertKind.TWA, exposure, limit, at));
			}
		}
		else if (limits.mac() != null) {
			exposure = peak;
			limit = limits.mac();
		}
		else {
			exposure = shortTerm;
			limit = limits.pcStel();
		}
		String level = !exceedances.isEmpty() ? EXCEEDED
				: exposure >= ExposureMath.actionLevel(limit) ? ACTION : BELOW;
		return new Evaluation(exposure, limit, shortTerm, level, List.copyOf(exceedances));
	}

}
