package org.ohsonline.declaration.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.ohsonline.declaration.DeclarationKind;
import org.ohsonline.reference.CatalogEntry;
import org.ohsonline.reference.CatalogVersion;
import org.ohsonline.reference.Catalogs;

import org.springframework.stereotype.Component;

/**
 * The periods of the {@code declaration-deadlines} catalog in force (申报办法 Arts. 8–9): reason →
 * days, the kind of declaration it calls for, when the period starts, and the article. Read from
 * the reference module on every use, so a version an administrator loads applies to the next
 * clock started (clocks already running keep the period they started with).
 */
@Component
class DeadlineRules {

	static final String CATALOG = "declaration-deadlines";

	/** A reason with its period, from one catalog version. */
	record Rule(String reason, String name, int days, DeclarationKind kind, String starts, String article,
			boolean verified, String edition) {

		/** The article and the catalog edition, as stored beside a clock. */
		String basis() {
			return this.article + " · " + CATALOG + " " + this.edition;
		}

	}

	private final Catalogs catalogs;

	DeadlineRules(Catalogs catalogs) {
		this.catalogs = catalogs;
	}

	Optional<Rule> rule(String reason, LocalDate on) {
		return rules(on).stream().filter(r -> r.reason().equals(reason)).findFirst();
	}

	/** Every reason of the version in force on the date, by code. */
	List<Rule> rules(LocalDate on) {
		Optional<CatalogVersion> version = this.catalogs.versionInForce(CATALOG, on);
		if (version.isEmpty()) {
			return List.of();
		}
		return this.catalogs.allEntries(version.get().id(), "")
			.stream()
			.map(entry -> rule(entry, version.get().edition()))
			.flatMap(Optional::stream)
			.toList();
	}

	/** The reasons a change declaration can give. */
	List<Rule> changeReasons(LocalDate on) {
		return rules(on).stream().filter(r -> r.kind() == DeclarationKind.CHANGE).toList();
	}

	/** An entry without a whole number of days or a known kind gives no clock. */
	private static Optional<Rule> rule(CatalogEntry entry, String edition) {
		Object days = entry.attributes().get("days");
		Object kind = entry.attributes().get("kind");
		if (days == null || kind == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(new Rule(entry.code(), entry.name(), Integer.parseInt(String.valueOf(days).trim()),
					DeclarationKind.valueOf(String.valueOf(kind).trim()), text(entry, "starts"), text(entry, "article"),
					Boolean.TRUE.equals(entry.attributes().get("verified"))
							|| "true".equalsIgnoreCase(String.valueOf(entry.attributes().get("verified"))),
					edition));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static String text(CatalogEntry entry, String attribute) {
		Object value = entry.attributes().get(attribute);
		return value == null ? "" : String.valueOf(value);
	}

}
