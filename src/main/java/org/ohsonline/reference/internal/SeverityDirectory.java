package org.ohsonline.reference.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ohsonline.reference.CatalogEntry;
import org.ohsonline.reference.CatalogVersion;
import org.ohsonline.reference.IndustrySeverities;
import org.ohsonline.reference.IndustrySeverity;
import org.ohsonline.reference.Severity;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 2021 risk classification directory as the catalog {@code industry-severity}: entries coded
 * by GB/T 4754-2017 (class, group, division or section) with the attribute {@code severity}. The
 * section of a division comes from the industries catalog in force.
 */
@Service
@Transactional(readOnly = true)
class SeverityDirectory implements IndustrySeverities {

	static final String CATALOG = "industry-severity";

	private final EntriesInForce entries;

	SeverityDirectory(EntriesInForce entries) {
		this.entries = entries;
	}

	@Override
	public Optional<IndustrySeverity> severityOf(String industryCode) {
		return severityOf(industryCode, this.entries.today());
	}

	@Override
	public Optional<IndustrySeverity> severityOf(String industryCode, LocalDate date) {
		Optional<CatalogVersion> version = this.entries.version(CATALOG, date);
		if (version.isEmpty()) {
			return Optional.empty();
		}
		List<String> candidates = SeverityLookup.candidates(industryCode, this.entries.sectionOf(industryCode, date));
		Map<String, CatalogEntry> listed = this.entries.entries(version.get(), candidates)
			.stream()
			.collect(Collectors.toMap(CatalogEntry::code, Function.identity()));
		return SeverityLookup.mostSpecific(candidates, listed)
			.map(match -> new IndustrySeverity(match.getKey(), severity(match.getValue()), version.get().edition(),
					version.get().source(), EntriesInForce.isTrue(match.getValue(), "verified")));
	}


	private static Severity severity(CatalogEntry entry) {
		return Severity.valueOf(EntriesInForce.text(entry, "severity"));
	}

}
