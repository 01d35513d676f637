package org.ohsonline.reference.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntUnaryOperator;

import org.ohsonline.reference.CatalogEntry;
import org.ohsonline.shared.InvalidInputException.FieldError;

/**
 * Rules on the attributes that facades compute with, per catalog: a limit or threshold that is not
 * a number, or a severity that is not one of the two classes, would otherwise vanish silently from
 * a judgement. Catalogs not named here have free attributes. The rules on the catalogs of supervision
 * programmes (enforcement, agencies, indicators, the grid, projects) are {@link SupervisionAttributeRules}'.
 */
final class AttributeRules {

	private static final Map<String, Set<String>> NUMBERS = Map.of(OelTable.CATALOG, Set.of("mac", "pcTwa", "pcStel"),
			HeatLimitTable.CATALOG, Set.of("timeShare", "limit", "threshold", "adjustment"), SizeThresholds.CATALOG,
			Set.of("largeEmployees", "largeRevenue", "mediumEmployees", "mediumRevenue", "smallEmployees",
					"smallRevenue", "largeAssets", "mediumAssets", "smallAssets"),
			BundledCatalogs.DECLARATION_DEADLINES, Set.of("days"), ExamRuleTable.CATALOG,
			Set.of("intervalMonths", "days"), BundledCatalogs.DIAGNOSIS_DEADLINES, Set.of("days"),
			BundledCatalogs.TESTING_FREQUENCY, Set.of("months", "remindDays"), BundledCatalogs.SELF_INSPECTION,
			Set.of("score"), BundledCatalogs.RECTIFICATION_DEADLINES, Set.of("days"),
			BundledCatalogs.RISK_CLASSIFICATION, Set.of("band", "from", "to", "steps"));

	/** Catalogs whose numbers are counts of days or months: whole numbers only. */
	private static final Set<String> WHOLE_NUMBERS = Set.of(SizeThresholds.CATALOG, BundledCatalogs.DECLARATION_DEADLINES,
			ExamRuleTable.CATALOG, BundledCatalogs.DIAGNOSIS_DEADLINES, BundledCatalogs.TESTING_FREQUENCY,
			BundledCatalogs.RECTIFICATION_DEADLINES);

	private static final Set<String> SEVERITIES = Set.of("SERIOUS", "GENERAL");

	private static final Set<String> INTENSITIES = Set.of("I", "II", "III", "IV");

	private AttributeRules() {
	}

	static List<FieldError> check(String catalog, List<CatalogEntry> entries, IntUnaryOperator rowOf) {
		List<FieldError> errors = new ArrayList<>();
		Set<String> numbers = GradingCatalogs.CATALOGS.contains(catalog) ? GradingCatalogs.NUMBERS
				: BundledCatalogs.AGENCY_RATING_RULES.equals(catalog) ? SupervisionAttributeRules.RATING_NUMBERS
						: NUMBERS.getOrDefault(catalog, Set.of());
		for (int i = 0; i < entries.size(); i++) {
			CatalogEntry entry = entries.get(i);
			int number = rowOf.applyAsInt(i);
			String row = "row " + number;
			for (String attribute : numbers) {
				String value = EntriesInForce.text(entry, attribute);
				boolean whole = WHOLE_NUMBERS.contains(catalog);
				if (value != null && !nonNegativeNumber(value, whole)) {
					errors.add(FieldError.of(row, "reference.entry.attributeNumber", number, entry.code(), attribute,
							value));
				}
			}
			SupervisionAttributeRules.entry(catalog, entry, row, number).ifPresent(errors::add);
			if (HeatLimitTable.CATALOG.equals(catalog)) {
				heatLimit(entry, row, number).ifPresent(errors::add);
			}
			if (GradingCatalogs.CATALOGS.contains(catalog) && !GradingCatalogs.valid(catalog, entry)) {
				errors.add(FieldError.of(row, "reference.entry.gradingInvalid", number, entry.code(),
						String.valueOf(EntriesInForce.text(entry, "kind"))));
			}
			if (ExamRuleTable.CATALOG.equals(catalog)) {
				examRule(entry, row, number).ifPresent(errors::add);
			}
			if (SeverityDirectory.CATALOG.equals(catalog)) {
				errors.addAll(directoryEntry(entry, entries, row, number));
			}
		}
		if (ExamRuleTable.CATALOG.equals(catalog)) {
			errors.addAll(missingDeadlines(entries));
		}
		errors.addAll(SupervisionAttributeRules.whole(catalog, entries, rowOf));
		return errors;
	}

	private static final Set<String> DIRECTORY_KINDS = Set.of(DirectoryEdition.HEADING, DirectoryEdition.ENTRY,
			DirectoryEdition.SPLIT, DirectoryEdition.ACTIVITY);

	/**
	 * A directory entry: a listed entry or activity needs its class (a version without kinds lists
	 * only entries), a heading or split group has none; an activity belongs to a split group, a split
	 * group has at least two activities, and the classes an activity names are classes of its group.
	 * Anything else would give employers a class nobody meant, silently.
	 */
	private static List<FieldError> directoryEntry(CatalogEntry entry, List<CatalogEntry> all, String row, int number) {
		List<FieldError> errors = new ArrayList<>();
		String kind = EntriesInForce.text(entry, "kind");
		if (kind != null && !DIRECTORY_KINDS.contains(kind)) {
			errors.add(FieldError.of(row, "reference.entry.kindInvalid", number, entry.code(), kind));
			return errors;
		}
		String severity = EntriesInForce.text(entry, "severity");
		boolean classed = kind == null || DirectoryEdition.ENTRY.equals(kind) || DirectoryEdition.ACTIVITY.equals(kind);
		if (classed && (severity == null || !SEVERITIES.contains(severity))) {
			errors.add(FieldError.of(row, "reference.entry.severityInvalid", number, entry.code(),
					severity == null ? "" : severity));
		}
		if (!classed && severity != null) {
			errors.add(FieldError.of(row, "reference.entry.severityOnHeading", number, entry.code(), kind));
		}
		String free = EntriesInForce.text(entry, "solventFreeSeverity");
		if (free != null && !SEVERITIES.contains(free)) {
			errors.add(FieldError.of(row, "reference.entry.severityInvalid", number, entry.code(), free));
		}
		if (DirectoryEdition.ACTIVITY.equals(kind)) {
			boolean inSplit = all.stream()
				.anyMatch(e -> e.code().equals(entry.parentCode())
						&& DirectoryEdition.SPLIT.equals(EntriesInForce.text(e, "kind")));
			if (!inSplit) {
				errors.add(FieldError.of(row, "reference.entry.activityOutsideSplit", number, entry.code()));
			}
			for (String code : DirectoryEdition.classes(entry)) {
				if (!code.matches("\\d{4}") || entry.parentCode() == null || !code.startsWith(entry.parentCode())) {
					errors.add(FieldError.of(row, "reference.entry.activityClassInvalid", number, entry.code(), code));
				}
			}
		}
		if (DirectoryEdition.SPLIT.equals(kind) && all.stream()
			.filter(e -> entry.code().equals(e.parentCode())
					&& DirectoryEdition.ACTIVITY.equals(EntriesInForce.text(e, "kind")))
			.count() < 2) {
			errors.add(FieldError.of(row, "reference.entry.splitWithoutActivities", number, entry.code()));
		}
		return errors;
	}

	/**
	 * An exam rule needs its hazard and a whole interval of at least one month; a deadline its days.
	 * Anything else would make exams due on no date, silently.
	 */
	private static Optional<FieldError> examRule(CatalogEntry entry, String row, int number) {
		String kind = EntriesInForce.text(entry, "kind");
		if (ExamRuleTable.INTERVAL.equals(kind)) {
			String months = EntriesInForce.text(entry, "intervalMonths");
			boolean valid = EntriesInForce.text(entry, "hazardCode") != null && months != null
					&& nonNegativeNumber(months, true) && new BigDecimal(months).signum() > 0;
			return valid ? Optional.empty()
					: Optional.of(FieldError.of(row, "reference.entry.examRuleInvalid", number, entry.code()));
		}
		if (ExamRuleTable.DEADLINE.equals(kind)) {
			return EntriesInForce.text(entry, "days") != null ? Optional.empty()
					: Optional.of(FieldError.of(row, "reference.entry.examRuleInvalid", number, entry.code()));
		}
		return Optional.of(FieldError.of(row, "reference.entry.kindInvalid", number, entry.code(),
				kind == null ? "" : kind));
	}

	/** Every deadline the surveillance module counts with must be in every version. */
	private static List<FieldError> missingDeadlines(List<CatalogEntry> entries) {
		Set<String> codes = new java.util.HashSet<>();
		entries.forEach(e -> codes.add(e.code()));
		List<FieldError> errors = new ArrayList<>();
		for (org.ohsonline.reference.ExamDeadline deadline : org.ohsonline.reference.ExamDeadline.values()) {
			if (!codes.contains(deadline.entryCode())) {
				errors.add(FieldError.of("file", "reference.entry.deadlineMissing", deadline.entryCode()));
			}
		}
		return errors;
	}

	/**
	 * A heat-limit column needs its intensity, a whole time share of 1–100 and a limit; the outdoor
	 * adjustment needs its amount. Anything else would be skipped silently by the facade.
	 */
	private static Optional<FieldError> heatLimit(CatalogEntry entry, String row, int number) {
		String kind = EntriesInForce.text(entry, "kind");
		if (HeatLimitTable.LIMIT.equals(kind)) {
			String intensity = EntriesInForce.text(entry, "intensity");
			String share = EntriesInForce.text(entry, "timeShare");
			boolean valid = intensity != null && INTENSITIES.contains(intensity) && share != null
					&& wholePercent(share) && EntriesInForce.text(entry, "limit") != null;
			return valid ? Optional.empty()
					: Optional.of(FieldError.of(row, "reference.entry.heatLimitInvalid", number, entry.code()));
		}
		if (HeatLimitTable.OUTDOOR_ADJUSTMENT.equals(kind)) {
			return EntriesInForce.text(entry, "adjustment") != null ? Optional.empty()
					: Optional.of(FieldError.of(row, "reference.entry.heatLimitInvalid", number, entry.code()));
		}
		return Optional.of(FieldError.of(row, "reference.entry.kindInvalid", number, entry.code(),
				kind == null ? "" : kind));
	}

	private static boolean wholePercent(String value) {
		try {
			BigDecimal share = new BigDecimal(value);
			return share.stripTrailingZeros().scale() <= 0 && share.compareTo(BigDecimal.ONE) >= 0
					&& share.compareTo(BigDecimal.valueOf(100)) <= 0;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	static boolean nonNegativeNumber(String value, boolean whole) {
		try {
			BigDecimal number = new BigDecimal(value);
			return number.signum() >= 0 && (!whole || number.stripTrailingZeros().scale() <= 0);
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

}
