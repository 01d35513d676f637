package org.ohsonline.enforcement.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ohsonline.reference.CatalogEntry;
import org.ohsonline.reference.CatalogVersion;
import org.ohsonline.reference.Catalogs;

import org.springframework.stereotype.Component;

/**
 * The {@code inspection-sampling} catalog (reference/inspection-sampling-2022.csv): {@code classRatio} entries
 * (attribute {@code riskClass}: JIA, YI, BING, NONE; {@code ratio} 0–1), one {@code randomArm} entry (its
 * {@code ratio} the share of the random arm) and {@code fullCoverage} entries ({@code industry}: a GB/T 4754 prefix).
 */
@Component
class SamplingRules {

	static final String CATALOG = "inspection-sampling";

	private final Catalogs catalogs;

	SamplingRules(Catalogs catalogs) {
		this.catalogs = catalogs;
	}

	record Edition(long versionId, String edition, Map<String, BigDecimal> ratios, BigDecimal randomShare,
			List<String> fullCoverage) {
	}

	Edition inForce(LocalDate on) {
		CatalogVersion version = this.catalogs.versionInForce(CATALOG, on)
			.orElseThrow(() -> new IllegalStateException("No version of " + CATALOG + " in force on " + on));
		return of(version.id());
	}

	Edition of(long versionId) {
		CatalogVersion version = this.catalogs.version(versionId).orElseThrow();
		Map<String, BigDecimal> ratios = new LinkedHashMap<>();
		BigDecimal share = BigDecimal.ZERO;
		List<String> full = new ArrayList<>();
		for (CatalogEntry e : this.catalogs.allEntries(versionId, "")) {
			Object kind = e.attributes().get("kind");
			if ("classRatio".equals(kind)) {
				ratios.put(String.valueOf(e.attributes().get("riskClass")), ratio(e));
			}
			else if ("randomArm".equals(kind)) {
				share = ratio(e);
			}
			else if ("fullCoverage".equals(kind)) {
				full.add(String.valueOf(e.attributes().get("industry")));
			}
		}
		for (String c : DrawAlgorithm.CLASSES) {
			ratios.putIfAbsent(c, BigDecimal.ZERO);
		}
		return new Edition(versionId, version.edition(), ratios, share, full);
	}

	private static BigDecimal ratio(CatalogEntry e) {
		BigDecimal r = new BigDecimal(String.valueOf(e.attributes().get("ratio")));
		if (r.signum() < 0 || r.compareTo(BigDecimal.ONE) > 0) {
			throw new IllegalStateException(CATALOG + " entry " + e.code() + ": ratio outside 0–1");
		}
		return r;
	}

}
