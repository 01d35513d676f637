package org.ohsonline.reference.internal;

import java.util.List;
import java.util.Optional;

import org.ohsonline.reference.CatalogVersion;
import org.ohsonline.reference.SizeClass;
import org.ohsonline.reference.SizeClasses;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Size classes from the catalog {@code size-thresholds}: one row per industry scope, the scope in
 * the attribute {@code industryCodes} (sections, divisions or classes, comma-separated, {@code *}
 * for every other industry). Asset thresholds (construction, real estate, leasing) are kept in the
 * catalog for reference but not applied: the facade does not take assets.
 */
@Service
@Transactional(readOnly = true)
class SizeThresholds implements SizeClasses {

	static final String CATALOG = "size-thresholds";

	private final EntriesInForce entries;

	SizeThresholds(EntriesInForce entries) {
		this.entries = entries;
	}

	@Override
	public Optional<SizeClass> classify(String industryCode, int employees, Long annualRevenueTenThousandYuan) {
		Optional<CatalogVersion> version = this.entries.version(CATALOG, this.entries.today());
		if (version.isEmpty()) {
			return Optional.empty();
		}
		List<SizeRule.Threshold> rows = this.entries.all(version.get()).stream().map(SizeRule.Threshold::of).toList();
		List<String> candidates = SeverityLookup.candidates(industryCode,
				this.entries.sectionOf(industryCode, this.entries.today()));
		return SizeRule.rowFor(rows, candidates)
			.flatMap(row -> SizeRule.classify(row, employees, annualRevenueTenThousandYuan));
	}


}
