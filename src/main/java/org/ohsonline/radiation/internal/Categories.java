package org.ohsonline.radiation.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.ohsonline.reference.CatalogEntry;
import org.ohsonline.reference.Catalogs;

import org.springframework.stereotype.Component;

/**
 * The occupational categories of radiation workers in force (catalog {@code radiation-categories},
 * reference/radiation-categories-gbz128.csv, GBZ 128, unverified): groups at level 1, categories at level 2.
 */
@Component
public class Categories {

	static final String CATALOG = "radiation-categories";

	private final Catalogs catalogs;

	Categories(Catalogs catalogs) {
		this.catalogs = catalogs;
	}

	/** The categories (level 2) in force on the day, by code. */
	public List<CatalogEntry> inForce(LocalDate day) {
		return this.catalogs.versionInForce(CATALOG, day)
			.or(() -> this.catalogs.versions(CATALOG).stream().reduce((a, b) -> b))
			.map(v -> this.catalogs.allEntries(v.id(), "").stream().filter(e -> e.level() == 2).toList())
			.orElse(List.of());
	}

	Optional<CatalogEntry> find(String code, LocalDate day) {
		return code == null ? Optional.empty() : inForce(day).stream().filter(e -> e.code().equals(code.trim())).findFirst();
	}

}
