package org.ohsonline.testing.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.ohsonline.reference.CatalogEntry;
import org.ohsonline.reference.CatalogVersion;
import org.ohsonline.reference.Catalogs;
import org.ohsonline.reference.Severity;
import org.ohsonline.testing.ValidityKind;

import org.springframework.stereotype.Component;

/**
 * The intervals of the {@code testing-frequency} catalog in force (工作场所职业卫生管理规定 Art. 20):
 * severity and kind → months and reminder days. The version in force is asked of the reference module on every
 * use, so a version an administrator loads applies from the next synchronisation of the clocks; a version's
 * intervals are kept once read (a loaded version's entries never change).
 */
@Component
class FrequencyRules {

	static final String CATALOG = "testing-frequency";

	/** One interval of one catalog version. */
	record Rule(Severity severity, ValidityKind kind, int months, int remindDays, String article, String edition) {

		/** The article and the catalog edition, as stored beside a clock. */
		String basis() {
			return this.article + " · " + CATALOG + " " + this.edition;
		}

	}

	private final Catalogs catalogs;

	private final java.util.Map<Long, List<Rule>> byVersion = new java.util.concurrent.ConcurrentHashMap<>();

	FrequencyRules(Catalogs catalogs) {
		this.catalogs = catalogs;
	}

	/** Every interval of the version in force on the date. */
	List<Rule> rules(LocalDate on) {
		Optional<CatalogVersion> version = this.catalogs.versionInForce(CATALOG, on);
		if (version.isEmpty()) {
			return List.of();
		}
		return this.byVersion.computeIfAbsent(version.get().id(), id -> this.catalogs.allEntries(id, "")
			.stream()
			.map(entry -> rule(entry, version.get().edition()))
			.flatMap(Optional::stream)
			.toList());
	}

	static Optional<Rule> find(List<Rule> rules, Severity severity, ValidityKind kind) {
		return rules.stream().filter(r -> r.severity() == severity && r.kind() == kind).findFirst();
	}

	/** An entry without a known severity and kind or whole numbers gives no interval. */
	private static Optional<Rule> rule(CatalogEntry entry, String edition) {
		try {
			Severity severity = Severity.valueOf(text(entry, "severity"));
			ValidityKind kind = ValidityKind.valueOf(text(entry, "kind"));
			int months = Integer.parseInt(text(entry, "months"));
			int remindDays = Integer.parseInt(text(entry, "remindDays"));
			if (months <= 0 || remindDays < 0) {
				return Optional.empty();
			}
			return Optional.of(new Rule(severity, kind, months, remindDays, text(entry, "article"), edition));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return Optional.empty();
		}
	}

	private static String text(CatalogEntry entry, String attribute) {
		Object value = entry.attributes().get(attribute);
		return value == null ? null : String.valueOf(value).trim();
	}

}
