package org.ohsonline.testing.internal;

import java.util.List;

import org.ohsonline.reference.Oel;
import org.ohsonline.reference.Oels;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.testing.judgement.Units;

import org.springframework.stereotype.Component;

/**
 * Finds the OEL row a result is judged against in the catalog in force, and what kind of exposure
 * it is: noise (dB(A)), heat (°C WBGT, the limit then comes from the heat-limits table), dust (a
 * row with a dust fraction) or chemical. A factor with several rows (total and respirable dust,
 * free-silica bands, altitudes) needs the row's code.
 */
@Component
class LimitRows {

	enum Kind {

		CHEMICAL, DUST, NOISE, HEAT

	}

	/** A resolved limit, or the reason there is none. */
	record Resolved(Oel oel, Kind kind, FieldError problem) {

		boolean found() {
			return this.problem == null;
		}

	}

	private final Oels oels;

	LimitRows(Oels oels) {
		this.oels = oels;
	}

	Resolved resolve(String factorCode, String limitCode) {
		String code = limitCode == null || limitCode.isBlank() ? factorCode : limitCode.trim();
		List<Oel> rows = this.oels.limitsOf(code).stream().filter(o -> factorCode.equals(o.hazardCode())).toList();
		if (rows.isEmpty()) {
			return new Resolved(null, null, limitCode == null || limitCode.isBlank()
					? FieldError.of("factorCode", "testing.result.noLimit", factorCode)
					: FieldError.of("limitCode", "testing.result.limitUnknown", limitCode, factorCode));
		}
		if (rows.size() > 1) {
			return new Resolved(null, null,
					FieldError.of("limitCode", "testing.result.limitAmbiguous", factorCode, rows.size()));
		}
		Oel oel = rows.get(0);
		return new Resolved(oel, kind(oel), null);
	}

	static Kind kind(Oel oel) {
		if (Units.same(oel.unit(), "dB(A)")) {
			return Kind.NOISE;
		}
		if (oel.mac() == null && oel.pcTwa() == null && oel.pcStel() == null && Units.same(oel.unit(), "°C")) {
			return Kind.HEAT;
		}
		return oel.dustFraction() != null ? Kind.DUST : Kind.CHEMICAL;
	}

}
