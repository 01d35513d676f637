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

	private static final Logger log = LoggerFactory.getLogger(BundledCatalogs.class);

	private final CatalogLoader loader;

	private final JdbcClient jdbc;

	BundledCatalogs(CatalogLoader loader, JdbcClient jdbc) {
		this.loader = loader;
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		loadIfEmpty(CatalogStore.DIVISIONS, "NBS-2023", LocalDate.of(2023, 6, 30),
				"国家统计局 统计用区划代码 2023 (浙江省), GB/T 2260 county codes", "reference/divisions-zhejiang-2023.csv");
		loadIfEmpty(CatalogStore.INDUSTRIES, "GB/T 4754-2017", LocalDate.of(2017, 10, 1),
				"GB/T 4754-2017 国民经济行业分类; 199 group names missing from the bundled source",
				"reference/industries-gbt4754-2017.csv");
		loadIfEmpty(HazardFactorCatalog.CATALOG, "2015 (exchange codes 2021)", LocalDate.of(2021, 5, 1),
				"职业病危害因素分类目录 (国卫疾控发〔2015〕92号) as coded in 职业病及健康危害因素监测信息系统数据交换文档规范"
						+ " (试行版1.0, 中国疾病预防控制中心, 2021-05), 附录1 表14",
				"reference/hazard-factors-exchange-2021.csv", file -> "Parsed from the specification's 表14: "
						+ leaves(file) + " factors in 7 categories, each checked against that table (verified=true);"
						+ " the table adds 特殊作业 and catch-all codes to the 2015 catalogue's 459 factors in 6"
						+ " categories. No CAS numbers in the source.");
		loadIfEmpty(DISEASES, "2024", LocalDate.of(2025, 8, 1),
				"职业病分类和目录 (2024年版, in force 2025-08-01, 12 categories/135 diseases); entries from the"
						+ " exchange specification's 附录2 (2013 list) changed as the 2024 change notes describe",
				"reference/occupational-diseases-2024.csv", BundledCatalogs::diseaseNotes);
		loadIfEmpty(OelTable.CATALOG, "GBZ 2.1-2019 / GBZ 2.2-2007 (starting set)", LocalDate.of(2020, 4, 1),
				"GBZ 2.1-2019 (国卫通〔2019〕10号) and GBZ 2.2-2007: starting set entered from recollection and research"
						+ " notes, none checked against the official text; load the official table to replace it",
				"reference/oels-gbz2-2019.csv", file -> file.entries().size()
						+ " rows for the factors the demo data uses; all verified=false");
		loadIfEmpty(HeatLimitTable.CATALOG, "GBZ 2.2-2007 表8", LocalDate.of(2007, 11, 1),
				"GBZ 2.2-2007 表8 (WBGT limits by labour intensity and exposure time share) and 10.2.2 (+1 °C where the"
						+ " summer outdoor ventilation design temperature ≥ 30 °C), as quoted in DOMAIN.md and"
						+ " standards-notes §3.4; effective date from recollection",
				"reference/heat-limits-gbz22-2007.csv", file -> file.entries().size() - 1
						+ " cells (4 intensities × 4 time shares) and the outdoor adjustment, none verified: the values"
						+ " come from a transcription of the scanned standard, not from its text");
		loadIfEmpty(GradingCatalogs.CHEMICAL, "GBZ/T 229.2-2010 (starting set)", LocalDate.of(2010, 10, 1),
				"GBZ/T 229.2-2010 工作场所职业病危害作业分级 第2部分：化学物: G = W_D × W_B × W_L and the grade bands as"
						+ " DOMAIN.md and standards-notes §4.1 give them; W_D and W_L from a code source and recollection;"
						+ " effective date from recollection",
				"reference/chemical-grading-gbzt229-2010.csv", file -> file.entries().size()
						+ " entries, none verified against the standard: load the official table as a new version");
		loadIfEmpty(GradingCatalogs.DUST, "GBZ/T 229.1-2010 (recollection)", LocalDate.of(2010, 10, 1),
				"GBZ/T 229.1-2010 工作场所职业病危害作业分级 第1部分：生产性粉尘: W_M, W_B and the grade bands from"
						+ " recollection (standards-notes §4.2, UNCONFIRMED); W_L as in GBZ/T 229.2",
				"reference/dust-grading-gbzt229-2010.csv", file -> file.entries().size()
						+ " entries, all entered from recollection (verified=false); a 2025 edition is reported with"
						+ " other weights and five grades (UNCONFIRMED)");
		loadIfEmpty(GradingCatalogs.NOISE, "GBZ/T 229.4-2012 (recollection)", LocalDate.of(2012, 12, 1),
				"GBZ/T 229.4-2012 工作场所职业病危害作业分级 第4部分：噪声: L_EX,8h bands 85/90/95/100 dB(A) as in"
						+ " standards-notes §4.4 (table text not retrieved); effective date from recollection",
				"reference/noise-grading-gbzt229-4-2012.csv", file -> file.entries().size()
						+ " bands, none verified against the standard");
		loadIfEmpty(SeverityDirectory.CATALOG, "2021 (provisional)", LocalDate.of(2021, 3, 12),
				"Provisional entry by division, pending the official attachment of 国卫办职健发〔2021〕5号"
						+ " (建设项目职业病危害风险分类管理目录（2021年版）); administrators load it on the catalog page",
				"reference/industry-severity-2021-provisional.csv", file -> file.entries().size()
						+ " divisions of sections B to R, none verified; sections A, S and T not listed");
		loadIfEmpty(SizeThresholds.CATALOG, "2017", LocalDate.of(2017, 12, 28),
				"统计上大中小微型企业划分办法（2017） (国统字〔2017〕213号), thresholds entered from recollection",
				"reference/size-thresholds-2017.csv", file -> file.entries().size()
						+ " industry rows, none verified; asset thresholds kept but not applied");
		loadIfEmpty(ENTERPRISE_SIZES, "exchange 2021", LocalDate.of(2021, 5, 1),
				"职业病及健康危害因素监测信息系统数据交换文档规范 (2021), 附录1 表9 企业规模代码表",
				"reference/enterprise-sizes-exchange-2021.csv", file -> "All codes of 表9, verified against it");
		loadIfEmpty(ECONOMIC_TYPES, "NBS registration types (recollection)", LocalDate.of(2000, 1, 1),
				"国家统计局 企业登记注册类型 codes, the 3-digit scheme the exchange specification cites as"
						+ " GB/T 12402-2000; entered from recollection",
				"reference/economic-types-nbs.csv", file -> file.entries().size()
						+ " codes, none verified; the effective date is nominal");
		loadRuleCatalogs();
		loadRiskCatalogs();
	}

	/** The catalogs of classified supervision that the risk module reads (docs/risk.md gives the sources). */
	private void loadRiskCatalogs() {
		loadIfEmpty(RISK_CLASSIFICATION, "2023 pilot (provisional)", LocalDate.of(2023, 5, 1),
				"职业卫生分类监督执法试点 (国家疾控局、国家卫生健康委, 2022–2023): 附件1 附表1-1 risk levels, 附件2 management"
						+ " bands and the principle 甲 lowest / 丙 highest as quoted by secondary sources (standards-notes §1);"
						+ " the 附表3-1 cells, the downgrades, the traffic light and the options are recollection or platform"
						+ " defaults",
				"reference/risk-classification-2023.csv", file -> file.entries().size()
						+ " rules, none verified against an official text; load the official tables as a new version");
		loadIfEmpty(SELF_INSPECTION, "platform 2023 (provisional)", LocalDate.of(2023, 5, 1),
				"Platform checklist built from the employer duties of 职业病防治法 (2018) Arts. 16–35; the pilot's own"
						+ " checklist (附件2) was not found",
				"reference/self-inspection-checklist-2023.csv", file -> file.entries().size()
						+ " sections and items worth 100 points, none verified; load the province's checklist from Excel");
		loadIfEmpty(RECTIFICATION_DEADLINES, "platform 2023", LocalDate.of(2023, 5, 1),
				"Platform defaults: no statute names rectification periods for these findings",
				"reference/rectification-deadlines-2023.csv", file -> file.entries().size()
						+ " kinds of finding, all platform defaults");
	}

	/** The catalogs of deadlines and intervals that other modules run clocks on; run by {@link #run} after the catalogs above. */
	private void loadRuleCatalogs() {
		loadIfEmpty(DECLARATION_DEADLINES, "2012 (安监总局令第48号)", LocalDate.of(2012, 6, 1),
				"职业病危害项目申报办法 (原国家安全生产监督管理总局令第48号, in force 2012-06-01), Arts. 8 and 9, as quoted"
						+ " in full by a secondary source (standards-notes §2.3); INITIAL is a platform default, the"
						+ " 办法 names no period for a first declaration",
				"reference/declaration-deadlines-2012.csv", file -> file.entries().size()
						+ " reasons, none verified against the official text; INITIAL (30 days) is configurable");
		loadIfEmpty(ExamRuleTable.CATALOG, "GBZ 188-2014 (starting set)", LocalDate.of(2014, 10, 1),
				"GBZ 188-2014 职业健康监护技术规范 (issued 2014-05-14, in force 2014-10-01): periodic intervals as"
						+ " transcribed by secondary sources (standards-notes §5), category fallbacks from a code comment"
						+ " (§4.5), items (exchange specification 2021 表13 codes) and contraindications from recollection;"
						+ " deadlines from 职业病防治法 Arts. 35/50 and 安监总局令第49号 with platform defaults where no"
						+ " period is named",
				"reference/exam-rules-gbz188-2014.csv", file -> file.entries().size()
						+ " entries; only D-PRE_PLACEMENT verified (statute text); load the official GBZ 188 tables as a"
						+ " new version");
		loadIfEmpty(TESTING_FREQUENCY, "2021 (国家卫生健康委令第5号)", LocalDate.of(2021, 2, 1),
				"工作场所职业卫生管理规定 (国家卫生健康委令第5号, in force 2021-02-01), Art. 20, as summarised by a"
						+ " secondary source (standards-notes §2.2); the 30 days of reminder are a platform default",
				"reference/testing-frequency-2021.csv", file -> file.entries().size()
						+ " intervals, none verified against the official text");
		loadIfEmpty(DIAGNOSIS_DEADLINES, "2021 (国家卫生健康委令第6号)", LocalDate.of(2021, 1, 4),
				"职业病诊断与鉴定管理办法 (国家卫生健康委令第6号) as summarised from secondary sources in standards-notes"
						+ " §6.1, and 职业病防治法 Art. 52 for the two appraisal levels; the effective date is the"
						+ " promulgation date as recollected (UNCONFIRMED)",
				"reference/diagnosis-deadlines-2021.csv", file -> file.entries().size()
						+ " periods, none verified against the official text of the 办法 (article numbers unconfirmed)");
		loadIfEmpty(DIAGNOSIS_MATERIALS, "2021 (国家卫生健康委令第6号)", LocalDate.of(2021, 1, 4),
				"职业病防治法 Arts. 46–48 (official text) and 职业病诊断与鉴定管理办法 (国家卫生健康委令第6号) as"
						+ " recollected; the effective date as for diagnosis-deadlines (UNCONFIRMED)",
				"reference/diagnosis-materials-2021.csv", file -> file.entries().size()
						+ " items; those the law names are verified against its text, the others are not");
	}

	private static String diseaseNotes(CatalogFileReader.CatalogFile file) {
		long diseases = kind(file, "disease").count();
		long verified = kind(file, "disease").filter(e -> EntriesInForce.isTrue(e, "verified")).count();
		return diseases + " of 135 diseases and " + kind(file, "category").count() + " of 12 categories present; "
				+ verified + " diseases named as in the specification's 附录2 (2013 text, not checked against the"
				+ " 2024 text), " + (diseases - verified) + " placed or named from the change notes (verified=false);"
				+ " codes starting with P are platform codes, not exchange codes";
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

	private void loadIfEmpty(String catalog, String edition, LocalDate effective, String source, String resource) {
		loadIfEmpty(catalog, edition, effective, source, resource, file -> "Bundled with the application");
	}

	private void loadIfEmpty(String catalog, String edition, LocalDate effective, String source, String resource,
			Function<CatalogFileReader.CatalogFile, String> notes) {
		long versions = this.jdbc.sql("select count(*) from reference.catalog_version where catalog_code = :c")
			.param("c", catalog)
			.query(Long.class)
			.single();
		if (versions > 0) {
			return;
		}
		CatalogFileReader.CatalogFile file = read(resource);
		this.loader.load(Actor.system("bundled-reference"),
				new NewCatalogVersion(catalog, edition, effective, source, notes.apply(file), file.entries(), file.rows()));
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
