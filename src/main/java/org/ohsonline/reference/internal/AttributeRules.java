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
 * a judgement. Catalogs not named here have free attributes.
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

	/** The agency module's rating rule: weights and thresholds are numbers, each row of a known kind. */
	private static final Set<String> RATING_NUMBERS = Set.of("weight", "threshold");

	private static final Set<String> RATING_KINDS = Set.of("indicator", "threshold", "parameter");

	private static final Set<String> RATING_APPLIES = Set.of("ALL", "SERVICE_AGENCY", "EXAM_INSTITUTION",
			"DIAGNOSIS_INSTITUTION");

	/** The grid module's KPIs (decision 0038): the five it computes, each RATE or COUNT with its points. */
	private static final Set<String> GRID_KPIS = Set.of("INSPECTION_COVERAGE", "DECLARATION_ON_TIME", "EXAMS", "NEW_EXAMS",
			"PENALTIES");

	private AttributeRules() {
	}

	/**
	 * A row of {@code indicator-scoring}: an indicator with a whole weight and the points (0–100) of a green, amber and
	 * red rating — a version a quarter could not be scored with is refused.
	 */
	private static Optional<FieldError> scoringEntry(CatalogEntry entry, int number) {
		String kind = EntriesInForce.text(entry, "kind");
		boolean valid = "indicator".equals(kind) && wholeNumber(EntriesInForce.text(entry, "weight"))
				&& points(EntriesInForce.text(entry, "greenPoints")) && points(EntriesInForce.text(entry, "amberPoints"))
				&& points(EntriesInForce.text(entry, "redPoints"));
		return valid ? Optional.empty()
				: Optional.of(FieldError.of("row " + number, "reference.entry.gradingInvalid", number, entry.code(),
						kind == null ? "" : kind));
	}

	private static boolean wholeNumber(String value) {
		return value != null && value.matches("\\d{1,4}");
	}

	/** A number from 0 to 100: a rating's points, a plan target in per cent. */
	private static boolean points(String value) {
		return value != null && nonNegativeNumber(value, false) && new BigDecimal(value).compareTo(new BigDecimal("100")) <= 0;
	}

	/**
	 * A row of {@code grid-kpis}: one of the KPIs the grid module computes, RATE with its points and the rate of full
	 * points (above 0, at most 1), or COUNT with its points and the points per unit — a version the appraisal could not
	 * score is refused.
	 */
	private static Optional<FieldError> gridKpi(CatalogEntry entry, int number) {
		String kind = EntriesInForce.text(entry, "kind");
		String max = EntriesInForce.text(entry, "maxPoints");
		String full = EntriesInForce.text(entry, "fullRate");
		String unit = EntriesInForce.text(entry, "unitPoints");
		boolean valid = GRID_KPIS.contains(entry.code()) && max != null && nonNegativeNumber(max, false)
				&& ("RATE".equals(kind) ? full != null && nonNegativeNumber(full, false)
						&& new BigDecimal(full).signum() > 0 && new BigDecimal(full).compareTo(BigDecimal.ONE) <= 0
						: "COUNT".equals(kind) && unit != null && nonNegativeNumber(unit, false));
		return valid ? Optional.empty()
				: Optional.of(FieldError.of("row " + number, "reference.entry.gradingInvalid", number, entry.code(),
						kind == null ? "" : kind));
	}

	/**
	 * A row of {@code agency-rating-rules}: its kind known, an indicator with a weight and a kind of organisation it
	 * applies to, a threshold or parameter with its value — a version the rating could not read is refused.
	 */
	private static Optional<FieldError> ratingEntry(CatalogEntry entry, int number) {
		String kind = EntriesInForce.text(entry, "kind");
		if (kind == null || !RATING_KINDS.contains(kind)) {
			return Optional.of(FieldError.of("row " + number, "reference.entry.kindInvalid", number, entry.code(),
					kind == null ? "" : kind));
		}
		boolean valid = "indicator".equals(kind)
				? EntriesInForce.text(entry, "weight") != null
						&& (EntriesInForce.text(entry, "appliesTo") == null
								|| RATING_APPLIES.contains(EntriesInForce.text(entry, "appliesTo")))
				: EntriesInForce.text(entry, "threshold") != null;
		return valid ? Optional.empty()
				: Optional.of(FieldError.of("row " + number, "reference.entry.gradingInvalid", number, entry.code(), kind));
	}

	static List<FieldError> check(String catalog, List<CatalogEntry> entries, IntUnaryOperator rowOf) {
		List<FieldError> errors = new ArrayList<>();
		Set<String> numbers = GradingCatalogs.CATALOGS.contains(catalog) ? GradingCatalogs.NUMBERS
				: BundledCatalogs.AGENCY_RATING_RULES.equals(catalog) ? RATING_NUMBERS
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
			if (BundledCatalogs.AGENCY_RATING_RULES.equals(catalog)) {
				ratingEntry(entry, number).ifPresent(errors::add);
			}
			if (BundledCatalogs.GRID_KPIS.equals(catalog)) {
				gridKpi(entry, number).ifPresent(errors::add);
			}
			if (BundledCatalogs.INDICATOR_SCORING.equals(catalog)) {
				scoringEntry(entry, number).ifPresent(errors::add);
			}
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
			if (BundledCatalogs.INSPECTION_CHECKLIST.equals(catalog)) {
				checklistItem(entry, row, number).ifPresent(errors::add);
			}
			if (BundledCatalogs.INSPECTION_SAMPLING.equals(catalog)) {
				samplingEntry(entry, row, number).ifPresent(errors::add);
			}
			if (BundledCatalogs.INDICATOR_DEFINITIONS.equals(catalog)) {
				indicatorDefinition(entry, row, number).ifPresent(errors::add);
			}
			if (BundledCatalogs.PROJECT_SUPERVISION.equals(catalog)) {
				projectRule(entry, row, number).ifPresent(errors::add);
			}
			if (BundledCatalogs.REPORT_QUALITY_SAMPLING.equals(catalog)) {
				qualityRatio(entry, row, number).ifPresent(errors::add);
			}
			if (BundledCatalogs.REPORT_REVIEW_RUBRIC.equals(catalog)) {
				rubricEntry(entry, row, number).ifPresent(errors::add);
			}
		}
		if (BundledCatalogs.REPORT_QUALITY_SAMPLING.equals(catalog)) {
			errors.addAll(missingLevels(entries));
		}
		if (ExamRuleTable.CATALOG.equals(catalog)) {
			errors.addAll(missingDeadlines(entries));
		}
		if (BundledCatalogs.DISCRETION_BENCHMARK.equals(catalog)) {
			errors.addAll(discretionRanges(entries, rowOf));
		}
		return errors;
	}

	/**
	 * An inspection checklist item (level 2) names its legal basis — the law's edition and a whole article number,
	 * paragraph and item whole numbers where given — and the penalty article of its violation as {@code 71} or
	 * {@code 71.1}: an item without a basis could not be cited in the on-site record or a case.
	 */
	private static java.util.Optional<FieldError> checklistItem(CatalogEntry entry, String row, int number) {
		if (entry.level() != 2) {
			return java.util.Optional.empty();
		}
		String law = EntriesInForce.text(entry, "law");
		String article = EntriesInForce.text(entry, "article");
		if (law == null || law.isBlank() || article == null || !article.matches("[1-9]\\d{0,2}")) {
			return java.util.Optional.of(FieldError.of(row, "reference.entry.legalBasisMissing", number, entry.code()));
		}
		for (String part : new String[] { "paragraph", "item" }) {
			String value = EntriesInForce.text(entry, part);
			if (value != null && !value.isBlank() && !value.matches("[1-9]\\d{0,1}")) {
				return java.util.Optional.of(FieldError.of(row, "reference.entry.legalBasisMissing", number, entry.code()));
			}
		}
		String violation = EntriesInForce.text(entry, "violation");
		if (violation != null && !violation.isBlank() && !violation.matches("[1-9]\\d{0,2}(\\.[1-9]\\d?)?")) {
			return java.util.Optional.of(FieldError.of(row, "reference.entry.legalBasisMissing", number, entry.code()));
		}
		return java.util.Optional.empty();
	}

	private static final Set<String> SAMPLING_CLASSES = Set.of("JIA", "YI", "BING", "NONE");

	/** A sampling entry: a ratio between 0 and 1 for a known class or the random arm, an industry prefix for full coverage. */
	private static java.util.Optional<FieldError> samplingEntry(CatalogEntry entry, String row, int number) {
		String kind = EntriesInForce.text(entry, "kind");
		String ratio = EntriesInForce.text(entry, "ratio");
		boolean valid = switch (kind == null ? "" : kind) {
			case "classRatio" -> SAMPLING_CLASSES.contains(EntriesInForce.text(entry, "riskClass")) && fraction(ratio);
			case "randomArm" -> fraction(ratio) && new java.math.BigDecimal(ratio).compareTo(new java.math.BigDecimal("0.5")) <= 0;
			case "fullCoverage" -> {
				String industry = EntriesInForce.text(entry, "industry");
				yield industry != null && industry.matches("\\d{2,4}");
			}
			default -> false;
		};
		return valid ? java.util.Optional.empty()
				: java.util.Optional.of(FieldError.of(row, "reference.entry.samplingInvalid", number, entry.code()));
	}

	/** The modules an indicator may be counted from, and {@code import} for the figures the platform does not hold. */
	static final Set<String> INDICATOR_SOURCES = Set.of("declaration", "testing", "surveillance", "training",
			"radiation", "enforcement", "projects", "risk", "monitoring", "diagnosis", "import");

	private static final Set<String> INDICATOR_UNITS = Set.of("EMPLOYERS", "WORKERS", "PEOPLE", "PROJECTS", "ITEMS",
			"CASES", "FINDINGS", "CLOCKS");

	private static final Set<String> INDICATOR_POPULATIONS = Set.of("SEVERE", "DUST", "EXPOSED", "MEDICAL_RADIATION",
			"SERIOUS_PROJECTS", "RECTIFICATIONS_DUE", "CASES_DUE", "SUSPECTED_FOUND", "DIAGNOSIS_INSTITUTIONS", "IMPORTED",
			"HAZARD_CATEGORY_1", "HAZARD_CATEGORY_2", "HAZARD_CATEGORY_3", "HAZARD_CATEGORY_4", "HAZARD_CATEGORY_5",
			"HAZARD_CATEGORY_6", "HAZARD_CATEGORY_9");

	/** The counting rule each source module offers: what puts an employer's people or itself in the numerator. */
	private static final Map<String, Set<String>> INDICATOR_RULES = Map.ofEntries(
			Map.entry("declaration", Set.of("DECLARED")), Map.entry("testing", Set.of("TESTED")),
			Map.entry("surveillance", Set.of("EXAMINED", "EXAMINED_IN_CATEGORY")),
			Map.entry("diagnosis", Set.of("REFERRAL_APPLIED", "CLOCK_MET_ON_TIME")),
			Map.entry("training", Set.of("LEADERS_TRAINED", "WORKERS_TRAINED")),
			Map.entry("radiation", Set.of("DOSE_MONITORED")),
			Map.entry("enforcement", Set.of("INSPECTED", "CASE_DECIDED_ON_TIME")),
			Map.entry("projects", Set.of("THREE_SIMULTANEITY")), Map.entry("risk", Set.of("RECTIFIED_ON_TIME")),
			Map.entry("monitoring", Set.of("ONLINE_MONITORED")), Map.entry("import", Set.of("IMPORTED")));

	/**
	 * Populations counted by one rule alone, and back: the facts behind them are read for that rule only, so any
	 * other pairing would count nothing and show an empty figure as if it were true.
	 */
	private static final Map<String, String> RULE_OF_POPULATION = Map.of("MEDICAL_RADIATION", "DOSE_MONITORED",
			"SERIOUS_PROJECTS", "THREE_SIMULTANEITY", "RECTIFICATIONS_DUE", "RECTIFIED_ON_TIME", "CASES_DUE",
			"CASE_DECIDED_ON_TIME", "SUSPECTED_FOUND", "REFERRAL_APPLIED", "DIAGNOSIS_INSTITUTIONS", "CLOCK_MET_ON_TIME");

	/** The per-category exam rule counts the category its population names, and only such a population. */
	private static final String CATEGORY_POPULATION = "HAZARD_CATEGORY_";

	/** Rules that count something other than employers or people, and the unit they count in (only they use it). */
	private static final Map<String, String> UNIT_OF_RULE = Map.of("THREE_SIMULTANEITY", "PROJECTS", "RECTIFIED_ON_TIME",
			"ITEMS", "CASE_DECIDED_ON_TIME", "CASES", "REFERRAL_APPLIED", "FINDINGS", "CLOCK_MET_ON_TIME", "CLOCKS");

	/**
	 * An indicator definition (module indicators): a known source module (an unknown one could never be counted), a
	 * known unit and population, a direction, a whole amber margin, a plan target between 0 and 100 where one is given,
	 * and an imported population exactly when the source is the import.
	 */
	private static java.util.Optional<FieldError> indicatorDefinition(CatalogEntry entry, String row, int number) {
		String source = EntriesInForce.text(entry, "sourceModule");
		if (source == null || !INDICATOR_SOURCES.contains(source)) {
			return java.util.Optional.of(FieldError.of(row, "reference.entry.indicatorSourceUnknown", number, entry.code(),
					source == null ? "" : source));
		}
		String population = EntriesInForce.text(entry, "population");
		String target = EntriesInForce.text(entry, "planTarget");
		String margin = EntriesInForce.text(entry, "amberMargin");
		String rule = String.valueOf(EntriesInForce.text(entry, "rule"));
		boolean category = population != null && population.startsWith(CATEGORY_POPULATION);
		boolean paired = (!RULE_OF_POPULATION.containsKey(population) && !RULE_OF_POPULATION.containsValue(rule)
				|| rule.equals(RULE_OF_POPULATION.get(population)))
				&& category == "EXAMINED_IN_CATEGORY".equals(rule);
		// Projects are counted in projects and items in items, and nothing else is.
		String unitText = EntriesInForce.text(entry, "unit");
		boolean unit = UNIT_OF_RULE.containsKey(rule) ? UNIT_OF_RULE.get(rule).equals(unitText)
				: !UNIT_OF_RULE.containsValue(unitText);
		boolean valid = INDICATOR_RULES.get(source).contains(rule) && paired && unit
				&& INDICATOR_UNITS.contains(unitText)
				&& INDICATOR_POPULATIONS.contains(population)
				&& ("import".equals(source) == "IMPORTED".equals(population))
				&& "HIGHER".equals(EntriesInForce.text(entry, "direction"))
				&& margin != null && margin.matches("\\d{1,2}")
				&& (target == null || target.isBlank() || points(target));
		return valid ? java.util.Optional.empty()
				: java.util.Optional.of(FieldError.of(row, "reference.entry.indicatorInvalid", number, entry.code()));
	}

	private static final Set<String> PROJECT_STAGES = Set.of("PRE_EVALUATION", "DESIGN", "CONSTRUCTION", "CONTROL_EFFECT",
			"COMPLETION");

	/**
	 * A 三同时 supervision rule: a verification ratio 0–1 per hazard class, where 严重 is verified in full and 一般 at
	 * no less than 30 % (issue 15), or a stage's whole positive number of days.
	 */
	private static java.util.Optional<FieldError> projectRule(CatalogEntry entry, String row, int number) {
		String kind = EntriesInForce.text(entry, "kind");
		boolean valid = switch (kind == null ? "" : kind) {
			case "verificationRatio" -> {
				String cls = EntriesInForce.text(entry, "hazardClass");
				String ratio = EntriesInForce.text(entry, "ratio");
				if (!fraction(ratio) || cls == null) {
					yield false;
				}
				BigDecimal r = new BigDecimal(ratio);
				yield switch (cls) {
					case "SERIOUS" -> r.compareTo(BigDecimal.ONE) == 0;
					case "GENERAL" -> r.compareTo(new BigDecimal("0.30")) >= 0;
					case "NONE" -> true;
					default -> false;
				};
			}
			case "stageDays" -> {
				String days = EntriesInForce.text(entry, "days");
				yield PROJECT_STAGES.contains(EntriesInForce.text(entry, "stage")) && days != null
						&& days.matches("[1-9]\\d{0,4}");
			}
			default -> false;
		};
		return valid ? java.util.Optional.empty()
				: java.util.Optional.of(FieldError.of(row, "reference.entry.projectRuleInvalid", number, entry.code()));
	}

	/** The credit levels report-quality sampling draws by (NOT_RATED may be left out: it then takes level B's). */
	private static final List<String> QUALITY_LEVELS = List.of("LEVEL_A", "LEVEL_B", "LEVEL_C");

	private static final Set<String> QUALITY_ROWS = Set.of("LEVEL_A", "LEVEL_B", "LEVEL_C", "NOT_RATED");

	/**
	 * A report-quality sampling share: a known level with a ratio above 0 and at most 1. The draw would otherwise
	 * ignore the row and take the organisation's every report.
	 */
	private static Optional<FieldError> qualityRatio(CatalogEntry entry, String row, int number) {
		String ratio = EntriesInForce.text(entry, "ratio");
		boolean valid = QUALITY_ROWS.contains(entry.code()) && "ratio".equals(EntriesInForce.text(entry, "kind"))
				&& fraction(ratio) && new BigDecimal(ratio).signum() > 0;
		return valid ? Optional.empty()
				: Optional.of(FieldError.of(row, "reference.entry.qualityRatioInvalid", number, entry.code(),
						ratio == null ? "" : ratio));
	}

	private static List<FieldError> missingLevels(List<CatalogEntry> entries) {
		Set<String> codes = new java.util.HashSet<>();
		entries.forEach(e -> codes.add(e.code()));
		return QUALITY_LEVELS.stream()
			.filter(level -> !codes.contains(level))
			.map(level -> FieldError.of("file", "reference.entry.qualityLevelMissing", level))
			.toList();
	}

	private static final Set<String> RUBRIC_APPLIES = Set.of("ALL", "TESTING_JOB", "EXAM_BATCH");

	/**
	 * A review rubric row: a criterion with whole positive points, or an outcome (FALSIFIED) without points, each for
	 * a known kind of report. A criterion without points would otherwise score 0 whatever the reviewer gave.
	 */
	private static Optional<FieldError> rubricEntry(CatalogEntry entry, String row, int number) {
		String kind = EntriesInForce.text(entry, "kind");
		String points = EntriesInForce.text(entry, "points");
		String applies = EntriesInForce.text(entry, "appliesTo");
		boolean valid = (applies == null || RUBRIC_APPLIES.contains(applies)) && switch (kind == null ? "" : kind) {
			case "criterion" -> points != null && points.matches("[1-9]\\d{0,2}");
			case "outcome" -> points == null || points.isBlank();
			default -> false;
		};
		return valid ? Optional.empty()
				: Optional.of(FieldError.of(row, "reference.entry.rubricInvalid", number, entry.code()));
	}

	private static boolean fraction(String value) {
		if (value == null || !value.matches("\\d+(\\.\\d+)?")) {
			return false;
		}
		return new java.math.BigDecimal(value).compareTo(java.math.BigDecimal.ONE) <= 0;
	}

	/**
	 * The discretion benchmark: every amount a whole number of yuan; each band inside its article's statutory range
	 * (a band of 0–0 allowed where the fine is optional, 可以并处); each municipal refinement inside the provincial band
	 * it refines — a refinement may narrow the province's band, never widen it.
	 */
	private static List<FieldError> discretionRanges(List<CatalogEntry> entries, IntUnaryOperator rowOf) {
		List<FieldError> errors = new ArrayList<>();
		Map<String, long[]> statutes = new java.util.HashMap<>();
		Map<String, long[]> bands = new java.util.HashMap<>();
		Map<String, Boolean> optional = new java.util.HashMap<>();
		for (CatalogEntry e : entries) {
			String key = EntriesInForce.text(e, "law") + "|" + EntriesInForce.text(e, "article") + "|"
					+ java.util.Objects.toString(EntriesInForce.text(e, "item"), "");
			long[] range = range(e);
			if ("statute".equals(EntriesInForce.text(e, "kind")) && range != null) {
				statutes.put(key, range);
				optional.put(key, "true".equals(EntriesInForce.text(e, "fineOptional")));
			}
			else if ("band".equals(EntriesInForce.text(e, "kind")) && range != null) {
				bands.put(key + "|" + EntriesInForce.text(e, "band"), range);
			}
		}
		for (int i = 0; i < entries.size(); i++) {
			CatalogEntry e = entries.get(i);
			String kind = EntriesInForce.text(e, "kind");
			if (!"band".equals(kind) && !"refinement".equals(kind) && !"statute".equals(kind)) {
				continue;
			}
			int number = rowOf.applyAsInt(i);
			long[] range = range(e);
			String key = EntriesInForce.text(e, "law") + "|" + EntriesInForce.text(e, "article") + "|"
					+ java.util.Objects.toString(EntriesInForce.text(e, "item"), "");
			long[] outer = "band".equals(kind) ? statutes.get(key)
					: "refinement".equals(kind) ? bands.get(key + "|" + EntriesInForce.text(e, "band")) : new long[] { 0, Long.MAX_VALUE };
			boolean zeroAllowed = "band".equals(kind) && Boolean.TRUE.equals(optional.get(key)) && range != null && range[1] == 0;
			if (range == null || outer == null || range[0] > range[1] || range[1] > outer[1]
					|| (range[0] < outer[0] && !zeroAllowed)) {
				errors.add(FieldError.of("row " + number, "reference.entry.discretionRange", number, e.code()));
			}
		}
		return errors;
	}

	private static long[] range(CatalogEntry e) {
		String min = EntriesInForce.text(e, "min");
		String max = EntriesInForce.text(e, "max");
		if (min == null || max == null || !min.matches("\\d{1,9}") || !max.matches("\\d{1,9}")) {
			return null;
		}
		return new long[] { Long.parseLong(min), Long.parseLong(max) };
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

	private static boolean nonNegativeNumber(String value, boolean whole) {
		try {
			BigDecimal number = new BigDecimal(value);
			return number.signum() >= 0 && (!whole || number.stripTrailingZeros().scale() <= 0);
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

}
