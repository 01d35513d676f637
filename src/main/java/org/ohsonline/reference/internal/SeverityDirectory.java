package org.ohsonline.reference.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.ohsonline.reference.CatalogVersion;
import org.ohsonline.reference.IndustrySeverities;
import org.ohsonline.reference.IndustrySeverity;
import org.ohsonline.reference.RiskDirectory;
import org.ohsonline.reference.SeverityAnswers;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The risk classification directory as the catalog {@code industry-severity}: entries coded by
 * GB/T 4754-2017 (class, group, division or section) with the attribute {@code severity}, split
 * groups and starred industries as {@link DirectoryEdition} reads them. The section of a division
 * comes from the industries catalog in force. Versions are never edited, so a directory read once
 * is kept for as long as its version and the industries version stay in force.
 */
@Service
@Transactional(readOnly = true)
class SeverityDirectory implements IndustrySeverities {

	static final String CATALOG = "industry-severity";

	private final EntriesInForce entries;

	private final JdbcClient jdbc;

	/** Directories by version ids (directory, industries); a handful at most. */
	private final Map<String, RiskDirectory> loaded = new ConcurrentHashMap<>();

	SeverityDirectory(EntriesInForce entries, JdbcClient jdbc) {
		this.entries = entries;
		this.jdbc = jdbc;
	}

	@Override
	public Optional<IndustrySeverity> severityOf(String industryCode) {
		return severityOf(industryCode, this.entries.today());
	}

	@Override
	public Optional<IndustrySeverity> severityOf(String industryCode, LocalDate date) {
		return directory(date).classify(industryCode, SeverityAnswers.none());
	}

	@Override
	public RiskDirectory directory() {
		return directory(this.entries.today());
	}

	@Override
	public RiskDirectory directory(LocalDate date) {
		Optional<CatalogVersion> version = this.entries.version(CATALOG, date);
		if (version.isEmpty()) {
			return DirectoryEdition.empty();
		}
		Optional<CatalogVersion> industries = this.entries.version(CatalogStore.INDUSTRIES, date);
		String key = version.get().id() + "/" + industries.map(CatalogVersion::id).orElse(0L);
		RiskDirectory cached = this.loaded.get(key);
		if (cached != null) {
			return cached;
		}
		if (this.loaded.size() > 8) {
			this.loaded.clear();
		}
		RiskDirectory directory = new DirectoryEdition(version.get(), this.entries.all(version.get()),
				industries.map(this::sections).orElse(Map.of()));
		this.loaded.put(key, directory);
		return directory;
	}

	/** Division (大类) → section (门类) of an industries version. */
	private Map<String, String> sections(CatalogVersion industries) {
		List<Map.Entry<String, String>> rows = this.jdbc.sql("""
				select code, parent_code from reference.catalog_entry
				where version_id = :version and level = 2 and parent_code is not null""")
			.param("version", industries.id())
			.query((rs, n) -> Map.entry(rs.getString("code"), rs.getString("parent_code")))
			.list();
		return Map.ofEntries(rows.toArray(Map.Entry[]::new));
	}

}
