package org.ohsonline.reference.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.ohsonline.reference.CatalogEntry;
import org.ohsonline.reference.NewCatalogVersion;
import org.ohsonline.shared.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads the catalogs bundled under {@code src/main/resources/reference} (see its README for the
 * sources) as the first version of each empty catalog, in every mode: reference data is not demo
 * data.
 */
@Component
@Order(0)
class BundledCatalogs implements ApplicationRunner {

	static final String DISEASES = "occupational-diseases";

	static final String ENTERPRISE_SIZES = "enterprise-sizes";

	static final String ECONOMIC_TYPES = "economic-types";

	static final String DECLARATION_DEADLINES = "declaration-deadlines";

	static final String TESTING_FREQUENCY = "testing-frequency";

	static final String DIAGNOSIS_DEADLINES = "diagnosis-deadlines";

	static final String DIAGNOSIS_MATERIALS = "diagnosis-materials";

	static final String RISK_CLASSIFICATION = "risk-classification";

	static final String SELF_INSPECTION = "self-inspection-checklist";

	static final String RECTIFICATION_DEADLINES = "rectification-deadlines";

	static final String TRAINING_HOURS = "training-hours";

	static final String INSPECTION_SAMPLING = "inspection-sampling";

	static final String CONSULTATION_FIELDS = "consultation-fields";

	static final String HEALTHY_ENTERPRISE_STANDARD = "healthy-enterprise-standard";

	static final String PROJECT_SUPERVISION = "project-supervision";

	static final String HEALTH_CHAMPION_CRITERIA = "health-champion-criteria";

	static final String AGENCY_RATING_RULES = "agency-rating-rules";

	static final String INSPECTION_CHECKLIST = "inspection-checklist";

	static final String DISCRETION_BENCHMARK = "discretion-benchmark";

	static final String CASE_DEADLINES = "case-deadlines";

	static final String CASE_REVIEW_RUBRIC = "case-review-rubric";

	static final String REPORT_QUALITY_SAMPLING = "report-quality-sampling";

	static final String REPORT_REVIEW_RUBRIC = "report-review-rubric";

	/** The second bundled edition of the rating rule (decision 0034: the report-quality indicators), loaded over the first. */
	static final String RATING_RULES_2026_2 = BundledCatalogTexts.RATING_RULES_2026_2;

	static final String RADIATION_CATEGORIES = "radiation-categories";

	static final String RADIATION_DOSE_LIMITS = "radiation-dose-limits";

	static final String SURVEY_FORMS = "survey-forms";

	static final String GRID_KPIS = "grid-kpis";
	static final String INDICATOR_DEFINITIONS = "indicator-definitions";

	static final String INDICATOR_SCORING = "indicator-scoring";

	/** The texts of the official 2021 directory, loaded over the provisional one it replaces. */
	static final String DIRECTORY_TEXTS = BundledCatalogTexts.DIRECTORY_2021;

	private static final Actor BUNDLED = Actor.system("bundled-reference");

	private static final Logger log = LoggerFactory.getLogger(BundledCatalogs.class);

	private final CatalogLoader loader;

	private final JdbcClient jdbc;

	private final BundledCatalogTexts texts;

	BundledCatalogs(CatalogLoader loader, JdbcClient jdbc, BundledCatalogTexts texts) {
		this.loader = loader;
		this.jdbc = jdbc;
		this.texts = texts;
	}

	@Override
	public void run(ApplicationArguments args) {
		load(CatalogStore.DIVISIONS, LocalDate.of(2023, 6, 30), "reference/divisions-zhejiang-2023.csv", null);
		load(CatalogStore.INDUSTRIES, LocalDate.of(2017, 10, 1), "reference/industries-gbt4754-2017.csv", null);
		load(HazardFactorCatalog.CATALOG, LocalDate.of(2021, 5, 1), "reference/hazard-factors-exchange-2021.csv",
				file -> new Object[] { leaves(file) });
		load(DISEASES, LocalDate.of(2025, 8, 1), "reference/occupational-diseases-2024.csv", BundledCatalogs::diseaseNotes);
		load(OelTable.CATALOG, LocalDate.of(2020, 4, 1), "reference/oels-gbz2-2019.csv", BundledCatalogs::entries);
		load(HeatLimitTable.CATALOG, LocalDate.of(2007, 11, 1), "reference/heat-limits-gbz22-2007.csv",
				file -> new Object[] { file.entries().size() - 1 });
		load(GradingCatalogs.CHEMICAL, LocalDate.of(2010, 10, 1), "reference/chemical-grading-gbzt229-2010.csv",
				BundledCatalogs::entries);
		load(GradingCatalogs.DUST, LocalDate.of(2010, 10, 1), "reference/dust-grading-gbzt229-2010.csv",
				BundledCatalogs::entries);
		load(GradingCatalogs.NOISE, LocalDate.of(2012, 12, 1), "reference/noise-grading-gbzt229-4-2012.csv",
				BundledCatalogs::entries);
		load(SeverityDirectory.CATALOG, LocalDate.of(2021, 3, 12), "reference/industry-severity-2021-provisional.csv",
				BundledCatalogs::entries);
		loadEditionUnlessAdministered(SeverityDirectory.CATALOG, DIRECTORY_TEXTS, LocalDate.of(2021, 3, 12),
				"reference/industry-severity-2021.csv", BundledCatalogs::directoryNotes);
		load(SizeThresholds.CATALOG, LocalDate.of(2017, 12, 28), "reference/size-thresholds-2017.csv",
				BundledCatalogs::entries);
		load(ENTERPRISE_SIZES, LocalDate.of(2021, 5, 1), "reference/enterprise-sizes-exchange-2021.csv",
				file -> new Object[0]);
		load(ECONOMIC_TYPES, LocalDate.of(2000, 1, 1), "reference/economic-types-nbs.csv", BundledCatalogs::entries);
		loadRuleCatalogs();
		loadRiskCatalogs();
		load(INSPECTION_SAMPLING, LocalDate.of(2022, 1, 1), "reference/inspection-sampling-2022.csv",
				BundledCatalogs::entries);
		load(INSPECTION_CHECKLIST, LocalDate.of(2018, 12, 29), "reference/inspection-checklist-2018.csv",
				file -> new Object[] { file.entries().stream().filter(e -> e.level() == 2).count() });
		load(DISCRETION_BENCHMARK, LocalDate.of(2019, 1, 1), "reference/discretion-benchmark-2018.csv",
				file -> new Object[] { file.entries().stream().filter(e -> "statute".equals(e.attributes().get("kind"))).count(),
						file.entries().stream().filter(e -> "noPenalty".equals(e.attributes().get("kind"))).count() });
		load(CASE_DEADLINES, LocalDate.of(2021, 7, 15), "reference/case-deadlines-2021.csv", BundledCatalogs::entries);
		load(CASE_REVIEW_RUBRIC, LocalDate.of(2023, 1, 1), "reference/case-review-rubric-2023.csv",
				file -> new Object[] { file.entries().stream().filter(e -> "item".equals(e.attributes().get("kind"))).count() });
		// The projects module's verification ratios and stage days: platform defaults, unverified (docs/projects.md).
		load(PROJECT_SUPERVISION, LocalDate.of(2021, 3, 12), "reference/project-supervision-2021.csv",
				BundledCatalogs::entries);
		// The CDC monitoring projects' survey forms: a platform edition, unverified (docs/cdc-monitoring.md).
		load(SURVEY_FORMS, LocalDate.of(2026, 1, 1), "reference/survey-forms-2026.csv",
				file -> new Object[] { kind(file, "form").count(), kind(file, "field").count() });
		// Its second edition declares checks across fields and re-check tolerances; projects keep the edition they
		// were created with, so the first stays in force for those.
		loadEditionUnlessAdministered(SURVEY_FORMS, BundledCatalogTexts.SURVEY_FORMS_2026_2, LocalDate.of(2026, 12, 1),
				"reference/survey-forms-2026-2.csv", file -> new Object[] { kind(file, "form").count(),
						kind(file, "field").count(), file.entries().stream().filter(e -> e.attributes().containsKey("notAbove")).count(),
						file.entries().stream().filter(e -> e.attributes().containsKey("tolerance")).count() });
		// The grid module's KPIs and appraisal points: a platform edition, unverified (docs/grid.md, decision 0038).
		load(GRID_KPIS, LocalDate.of(2026, 1, 1), "reference/grid-kpis-2026.csv", BundledCatalogs::entries);
		// The indicators the plans track: definitions after the plan targets issue 17 quotes, unverified (docs/indicators.md).
		load(INDICATOR_DEFINITIONS, LocalDate.of(2026, 1, 1), "reference/indicator-definitions-2026.csv",
				BundledCatalogs::indicatorNotes);
		// Its second edition adds the indicators counted from further modules (radiation, enforcement, …): an
		// installation that loaded the first gets them too, unless an administrator loaded an edition of their own.
		loadEditionUnlessAdministered(INDICATOR_DEFINITIONS, BundledCatalogTexts.INDICATOR_DEFINITIONS_2026_2,
				LocalDate.of(2026, 12, 1), "reference/indicator-definitions-2026-2.csv", BundledCatalogs::indicatorNotes);
		// Its third edition adds exam coverage per hazard category, the follow-up of suspected diseases, the diagnosis
		// institutions' clocks and the imported rehabilitation coverage (the platform's readings, unverified). Same
		// effective date, loaded after the second: it is the one in force.
		loadEditionUnlessAdministered(INDICATOR_DEFINITIONS, BundledCatalogTexts.INDICATOR_DEFINITIONS_2026_3,
				LocalDate.of(2026, 12, 1), "reference/indicator-definitions-2026-3.csv", BundledCatalogs::indicatorNotes);
		// The quarterly snapshots' scoring method: weights and points per rating, a platform edition, unverified.
		load(INDICATOR_SCORING, LocalDate.of(2026, 1, 1), "reference/indicator-scoring-2026.csv",
				file -> new Object[] { kind(file, "indicator").count() });
	}

	private static Object[] indicatorNotes(CatalogFileReader.CatalogFile file) {
		return new Object[] { kind(file, "indicator").count(),
				kind(file, "indicator").filter(e -> "import".equals(e.attributes().get("sourceModule"))).count() };
	}

	/** The catalogs of classified supervision that the risk module reads (docs/risk.md gives the sources). */
	private void loadRiskCatalogs() {
		load(RISK_CLASSIFICATION, LocalDate.of(2023, 5, 1), "reference/risk-classification-2023.csv",
				BundledCatalogs::entries);
		load(SELF_INSPECTION, LocalDate.of(2023, 5, 1), "reference/self-inspection-checklist-2023.csv",
				BundledCatalogs::entries);
		load(RECTIFICATION_DEADLINES, LocalDate.of(2023, 5, 1), "reference/rectification-deadlines-2023.csv",
				BundledCatalogs::entries);
		// The training module's required-hours rule (docs/training.md gives the source and what is unverified).
		load(TRAINING_HOURS, LocalDate.of(2018, 12, 29), "reference/training-hours-2018.csv", BundledCatalogs::entries);
		// The fields and service times of online consultation (docs/promotion.md: platform defaults, unverified).
		load(CONSULTATION_FIELDS, LocalDate.of(2026, 1, 1), "reference/consultation-fields-2026.csv",
				BundledCatalogs::entries);

		// The promotion module's healthy-enterprise standard: an unverified platform edition (docs/promotion.md).
		load(HEALTHY_ENTERPRISE_STANDARD, LocalDate.of(2019, 10, 1), "reference/healthy-enterprise-standard-2019.csv",
				file -> new Object[] { kind(file, "item").count(),
						kind(file, "item").filter(e -> EntriesInForce.isTrue(e, "mandatory")).count() });
		load(HEALTH_CHAMPION_CRITERIA, LocalDate.of(2021, 1, 1), "reference/health-champion-criteria-2021.csv",
				file -> new Object[] { kind(file, "criterion").count() });
		// The radiation module's categories and dose limits (docs/radiation.md: unverified where the reference texts lack them).
		load(RADIATION_CATEGORIES, LocalDate.of(2019, 1, 1), "reference/radiation-categories-gbz128.csv",
				file -> new Object[] { file.entries().stream().filter(e -> e.level() == 2).count() });
		load(RADIATION_DOSE_LIMITS, LocalDate.of(2003, 4, 1), "reference/radiation-dose-limits-2019.csv",
				BundledCatalogs::entries);
		// The agency module's credit-rating rule: an unverified platform edition (docs/agency-rating.md).
		load(AGENCY_RATING_RULES, LocalDate.of(2026, 1, 1), "reference/agency-rating-rules-2026.csv",
				file -> new Object[] { kind(file, "indicator").count() });
		// Its second edition adds the report-quality, complaint and penalty indicators; the first stays as history.
		loadEditionUnlessAdministered(AGENCY_RATING_RULES, RATING_RULES_2026_2, LocalDate.of(2026, 12, 1),
				"reference/agency-rating-rules-2026-2.csv", file -> new Object[] { kind(file, "indicator").count() });
		// Report-quality sampling: ratios by level and the review rubric (platform defaults, docs/agency-rating.md).
		load(REPORT_QUALITY_SAMPLING, LocalDate.of(2026, 1, 1), "reference/report-quality-sampling-2026.csv",
				BundledCatalogs::entries);
		load(REPORT_REVIEW_RUBRIC, LocalDate.of(2026, 1, 1), "reference/report-review-rubric-2026.csv",
				file -> new Object[] { kind(file, "criterion").count() });
	}

	/** The catalogs of deadlines and intervals that other modules run clocks on; run by {@link #run} after the catalogs above. */
	private void loadRuleCatalogs() {
		load(DECLARATION_DEADLINES, LocalDate.of(2012, 6, 1), "reference/declaration-deadlines-2012.csv",
				BundledCatalogs::entries);
		load(ExamRuleTable.CATALOG, LocalDate.of(2014, 10, 1), "reference/exam-rules-gbz188-2014.csv",
				BundledCatalogs::entries);
		// Same effective date, loaded after: in force for every exam date the first edition covered, so a radiation
		// worker examined in 2025 falls due by the 2-year interval too.
		loadEditionUnlessAdministered(ExamRuleTable.CATALOG, BundledCatalogTexts.EXAM_RULES_2026, LocalDate.of(2014, 10, 1),
				"reference/exam-rules-2026.csv", BundledCatalogs::entries);
		load(TESTING_FREQUENCY, LocalDate.of(2021, 2, 1), "reference/testing-frequency-2021.csv", BundledCatalogs::entries);
		load(DIAGNOSIS_DEADLINES, LocalDate.of(2021, 1, 4), "reference/diagnosis-deadlines-2021.csv",
				BundledCatalogs::entries);
		load(DIAGNOSIS_MATERIALS, LocalDate.of(2021, 1, 4), "reference/diagnosis-materials-2021.csv",
				BundledCatalogs::entries);
	}

	private static Object[] entries(CatalogFileReader.CatalogFile file) {
		return new Object[] { file.entries().size() };
	}

	/** The official directory's counts: entries 严重 and 一般, groups split by activity, starred industries. */
	private static Object[] directoryNotes(CatalogFileReader.CatalogFile file) {
		long serious = file.entries().stream().filter(e -> "SERIOUS".equals(e.attributes().get("severity"))).count();
		long general = file.entries().stream().filter(e -> "GENERAL".equals(e.attributes().get("severity"))).count();
		long splits = file.entries().stream().filter(e -> DirectoryEdition.SPLIT.equals(e.attributes().get("kind"))).count();
		long starred = file.entries().stream().filter(e -> e.attributes().containsKey("solventFreeSeverity")).count();
		return new Object[] { serious, general, splits, starred };
	}

	private static Object[] diseaseNotes(CatalogFileReader.CatalogFile file) {
		long diseases = kind(file, "disease").count();
		long verified = kind(file, "disease").filter(e -> EntriesInForce.isTrue(e, "verified")).count();
		return new Object[] { diseases, kind(file, "category").count(), verified, diseases - verified };
	}

	private static Stream<CatalogEntry> kind(CatalogFileReader.CatalogFile file, String kind) {
		return file.entries().stream().filter(e -> kind.equals(e.attributes().get("kind")));
	}

	/** Entries with nothing below them. */
	private static long leaves(CatalogFileReader.CatalogFile file) {
		Set<String> parents = new HashSet<>();
		file.entries().forEach(e -> parents.add(e.parentCode()));
		return file.entries().stream().filter(e -> !parents.contains(e.code())).count();
	}

	/**
	 * Loads a bundled edition as a further version unless it was loaded already or an administrator
	 * loaded a version of the catalog: an administrator's table is never overridden by a bundled one.
	 * Loaded after the versions already present with the same effective date, it is the one in force.
	 * Its edition, source and notes are the English texts of {@code texts} in {@code messages/reference_en}.
	 */
	private void loadEditionUnlessAdministered(String catalog, String texts, LocalDate effective, String resource,
			Function<CatalogFileReader.CatalogFile, Object[]> notes) {
		BundledCatalogTexts.requireTextSet(texts, catalog);
		String edition = this.texts.english(texts, "edition");
		long present = this.jdbc.sql("""
				select count(*) from reference.catalog_version
				where catalog_code = :c and (edition = :e or loaded_by <> :bundled)""")
			.param("c", catalog)
			.param("e", edition)
			.param("bundled", BUNDLED.username())
			.query(Long.class)
			.single();
		if (present > 0) {
			return;
		}
		CatalogFileReader.CatalogFile file = read(resource);
		this.loader.load(BUNDLED, new NewCatalogVersion(catalog, edition, effective, this.texts.english(texts, "source"),
				this.texts.english(texts, "notes", notes.apply(file)), file.entries(), file.rows()));
		log.info("Loaded catalog {} edition {} ({} entries)", catalog, edition, file.entries().size());
	}

	/**
	 * {@code messages/reference_en} (the pages show them in the reader's language, {@link BundledCatalogTexts}).
	 * @param notes the arguments of the notes' pattern from the file, or {@code null}: "bundled with the application"
	 */
	private void load(String catalog, LocalDate effective, String resource,
			Function<CatalogFileReader.CatalogFile, Object[]> notes) {
		long versions = this.jdbc.sql("select count(*) from reference.catalog_version where catalog_code = :c")
			.param("c", catalog)
			.query(Long.class)
			.single();
		if (versions > 0) {
			return;
		}
		CatalogFileReader.CatalogFile file = read(resource);
		String edition = this.texts.english(catalog, "edition");
		String text = notes == null ? this.texts.english(null, "notes") : this.texts.english(catalog, "notes", notes.apply(file));
		this.loader.load(BUNDLED, new NewCatalogVersion(catalog, edition, effective,
				this.texts.english(catalog, "source"), text, file.entries(), file.rows()));
		log.info("Loaded catalog {} edition {} ({} entries)", catalog, edition, file.entries().size());
	}

	/** Reads a bundled CSV with the same reader as uploads; a bundled file must be flawless. */
	static CatalogFileReader.CatalogFile read(String resource) {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			CatalogFileReader.CatalogFile file = CatalogFileReader.csv(in);
			if (!file.problems().isEmpty()) {
				throw new IllegalStateException("Bundled catalog " + resource + " is malformed: " + file.problems());
			}
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read bundled catalog " + resource, ex);
		}
	}

}
