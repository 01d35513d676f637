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
 * {@link AttributeRules} for the catalogs of supervision programmes: inspection checklists and sampling, the
 * discretion benchmark, agency ratings and report-quality sampling and review, indicator definitions and scoring, the
 * grid's KPIs and 三同时 project supervision. A row these modules could not act on is refused on loading.
 */
final class SupervisionAttributeRules {

	private SupervisionAttributeRules() {
	}

	/** The agency module's rating rule: weights and thresholds are numbers, each row of a known kind. */
	static final Set<String> RATING_NUMBERS = Set.of("weight", "threshold");

	private static final Set<String> RATING_KINDS = Set.of("indicator", "threshold", "parameter");

	private static final Set<String> RATING_APPLIES = Set.of("ALL", "SERVICE_AGENCY", "EXAM_INSTITUTION",
			"DIAGNOSIS_INSTITUTION");

	/** The grid module's KPIs (decision 0038): the five it computes, each RATE or COUNT with its points. */
	private static final Set<String> GRID_KPIS = Set.of("INSPECTION_COVERAGE", "DECLARATION_ON_TIME", "EXAMS", "NEW_EXAMS",
			"PENALTIES");

	/** The problem of one row of the catalog, if it is one of these catalogs and the row is wrong. */
	static Optional<FieldError> entry(String catalog, CatalogEntry entry, String row, int number) {
		return switch (catalog) {
			case BundledCatalogs.AGENCY_RATING_RULES -> ratingEntry(entry, number);
			case BundledCatalogs.GRID_KPIS -> gridKpi(entry, number);
			case BundledCatalogs.INDICATOR_SCORING -> scoringEntry(entry, number);
			case BundledCatalogs.INSPECTION_CHECKLIST -> checklistItem(entry, row, number);
			case BundledCatalogs.INSPECTION_SAMPLING -> samplingEntry(entry, row, number);
			case BundledCatalogs.INDICATOR_DEFINITIONS -> indicatorDefinition(entry, row, number);
			case BundledCatalogs.PROJECT_SUPERVISION -> projectRule(entry, row, number);
			case BundledCatalogs.REPORT_QUALITY_SAMPLING -> qualityRatio(entry, row, number);
			case BundledCatalogs.REPORT_REVIEW_RUBRIC -> rubricEntry(entry, row, number);
			default -> Optional.empty();
		};
	}

	/** The problems of the catalog's rows taken together (levels missing, bands outside their ranges). */
	static List<FieldError> whole(String catalog, List<CatalogEntry> entries, IntUnaryOperator rowOf) {
		return switch (catalog) {
			case BundledCatalogs.REPORT_QUALITY_SAMPLING -> missingLevels(entries);
			case BundledCatalogs.DISCRETION_BENCHMARK -> discretionRanges(entries, rowOf);
			default -> List.of();
		};
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
		return value != null && AttributeRules.nonNegativeNumber(value, false)
				&& new BigDecimal(value).compareTo(new BigDecimal("100")) <= 0;
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
		boolean valid = GRID_KPIS.contains(entry.code()) && max != null && AttributeRules.nonNegativeNumber(max, false)
				&& ("RATE".equals(kind) ? full != null && AttributeRules.nonNegativeNumber(full, false)
						&& new BigDecimal(full).signum() > 0 && new BigDecimal(full).compareTo(BigDecimal.ONE) <= 0
						: "COUNT".equals(kind) && unit != null && AttributeRules.nonNegativeNumber(unit, false));
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

	/**
	 * An inspection checklist item (level 2) names its legal basis — the law's edition and a whole article number,
	 * paragraph and item whole numbers where given — and the penalty article of its violation as {@code 71} or
	 * {@code 71.1}: an item without a basis could not be cited in the on-site record or a case.
	 */
	private static Optional<FieldError> checklistItem(CatalogEntry entry, String row, int number) {
		if (entry.level() != 2) {
			return Optional.empty();
		}
		String law = EntriesInForce.text(entry, "law");
		String article = EntriesInForce.text(entry, "article");
		if (law == null || law.isBlank() || article == null || !article.matches("[1-9]\\d{0,2}")) {
			return Optional.of(FieldError.of(row, "reference.entry.legalBasisMissing", number, entry.code()));
		}
		for (String part : new String[] { "paragraph", "item" }) {
			String value = EntriesInForce.text(entry, part);
			if (value != null && !value.isBlank() && !value.matches("[1-9]\\d{0,1}")) {
				return Optional.of(FieldError.of(row, "reference.entry.legalBasisMissing", number, entry.code()));
			}
		}
		String violation = EntriesInForce.text(entry, "violation");
		if (violation != null && !violation.isBlank() && !violation.matches("[1-9]\\d{0,2}(\\.[1-9]\\d?)?")) {
			return Optional.of(FieldError.of(row, "reference.entry.legalBasisMissing", number, entry.code()));
		}
		return Optional.empty();
	}

	private static final Set<String> SAMPLING_CLASSES = Set.of("JIA", "YI", "BING", "NONE");

	/** A sampling entry: a ratio between 0 and 1 for a known class or the random arm, an industry prefix for full coverage. */
	private static Optional<FieldError> samplingEntry(CatalogEntry entry, String row, int number) {
		String kind = EntriesInForce.text(entry, "kind");
		String ratio = EntriesInForce.text(entry, "ratio");
		boolean valid = switch (kind == null ? "" : kind) {
			case "classRatio" -> SAMPLING_CLASSES.contains(EntriesInForce.text(entry, "riskClass")) && fraction(ratio);
			case "randomArm" -> fraction(ratio) && new BigDecimal(ratio).compareTo(new BigDecimal("0.5")) <= 0;
			case "fullCoverage" -> {
				String industry = EntriesInForce.text(entry, "industry");
				yield industry != null && industry.matches("\\d{2,4}");
			}
			default -> false;
		};
		return valid ? Optional.empty()
				: Optional.of(FieldError.of(row, "reference.entry.samplingInvalid", number, entry.code()));
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
	private static Optional<FieldError> indicatorDefinition(CatalogEntry entry, String row, int number) {
		String source = EntriesInForce.text(entry, "sourceModule");
		if (source == null || !INDICATOR_SOURCES.contains(source)) {
			return Optional.of(FieldError.of(row, "reference.entry.indicatorSourceUnknown", number, entry.code(),
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
		return valid ? Optional.empty()
				: Optional.of(FieldError.of(row, "reference.entry.indicatorInvalid", number, entry.code()));
	}

	private static final Set<String> PROJECT_STAGES = Set.of("PRE_EVALUATION", "DESIGN", "CONSTRUCTION", "CONTROL_EFFECT",
			"COMPLETION");

	/**
	 * A 三同时 supervision rule: a verification ratio 0–1 per hazard class, where 严重 is verified in full and 一般 at
	 * no less than 30 % (issue 15), or a stage's whole positive number of days.
	 */
	private static Optional<FieldError> projectRule(CatalogEntry entry, String row, int number) {
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
		return valid ? Optional.empty()
				: Optional.of(FieldError.of(row, "reference.entry.projectRuleInvalid", number, entry.code()));
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
		return new BigDecimal(value).compareTo(BigDecimal.ONE) <= 0;
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

}
