package org.ohsonline.diagnosis.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.ohsonline.diagnosis.ClockKind;
import org.ohsonline.reference.CatalogEntry;
import org.ohsonline.reference.CatalogVersion;
import org.ohsonline.reference.Catalogs;

import org.springframework.stereotype.Component;

/**
 * The periods of the {@code diagnosis-deadlines} catalog and the checklist of the
 * {@code diagnosis-materials} catalog in force on a day (职业病诊断与鉴定管理办法 2021; 职业病防治法
 * Arts. 46–48, 52). Read on every use, so a version an administrator loads applies to the next
 * clock started or case opened; running clocks keep the period they started with.
 */
@Component
class DiagnosisRules {

	static final String DEADLINES = "diagnosis-deadlines";

	static final String MATERIALS = "diagnosis-materials";

	/** A step's period from one catalog version. */
	record Period(ClockKind kind, String name, int days, String starts, String article, String edition) {

		/** The article and the catalog edition, as stored beside a clock. */
		String basis() {
			return this.article + " · " + DEADLINES + " " + this.edition;
		}

	}

	/**
	 * An item of the checklist.
	 *
	 * @param hazardCategory the hazard factor category it is limited to, or {@code null} for every case
	 */
	record Material(String code, String name, String hazardCategory, String article) {
	}

	private final Catalogs catalogs;

	DiagnosisRules(Catalogs catalogs) {
		this.catalogs = catalogs;
	}

	/** The period of a step in force on the day; empty when the catalog has none (no clock then). */
	Optional<Period> period(ClockKind kind, LocalDate on) {
		Optional<CatalogVersion> version = this.catalogs.versionInForce(DEADLINES, on);
		return version.flatMap(v -> this.catalogs.allEntries(v.id(), "")
			.stream()
			.filter(e -> e.code().equals(kind.name()))
			.findFirst()
			.flatMap(e -> period(kind, e, v.edition())));
	}

	List<Material> materials(LocalDate on) {
		return this.catalogs.versionInForce(MATERIALS, on)
			.map(v -> this.catalogs.allEntries(v.id(), "")
				.stream()
				.sorted(java.util.Comparator.comparingInt(DiagnosisRules::position).thenComparing(CatalogEntry::code))
				.map(e -> new Material(e.code(), e.name(), blankToNull(text(e, "hazard_category")), text(e, "article")))
				.toList())
			.orElse(List.of());
	}

	/** The checklist order ({@code position} attribute); items without one come last. */
	private static int position(CatalogEntry entry) {
		try {
			return Integer.parseInt(text(entry, "position").trim());
		}
		catch (NumberFormatException ex) {
			return Integer.MAX_VALUE;
		}
	}

	private static Optional<Period> period(ClockKind kind, CatalogEntry entry, String edition) {
		try {
			int days = Integer.parseInt(text(entry, "days").trim());
			return Optional.of(new Period(kind, entry.name(), days, text(entry, "starts"), text(entry, "article"), edition));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static String text(CatalogEntry entry, String attribute) {
		Object value = entry.attributes().get(attribute);
		if (value == null) {
			// CSV headers with underscores arrive as camelCase attributes.
			value = entry.attributes().get(camel(attribute));
		}
		return value == null ? "" : String.valueOf(value);
	}

	private static String camel(String snake) {
		StringBuilder out = new StringBuilder();
		boolean upper = false;
		for (char ch : snake.toCharArray()) {
			if (ch == '_') {
				upper = true;
			}
			else {
				out.append(upper ? Character.toUpperCase(ch) : ch);
				upper = false;
			}
		}
		return out.toString();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
