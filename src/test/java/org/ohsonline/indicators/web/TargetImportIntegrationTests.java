package org.ohsonline.indicators.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.TestUsers;
import org.ohsonline.iam.internal.UserAdministration;
import org.ohsonline.indicators.Indicators;
import org.ohsonline.indicators.TargetCommand;
import org.ohsonline.indicators.TargetRow;
import org.ohsonline.indicators.TargetView;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.web.SpreadsheetExport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Targets loaded from Excel (issue 17 item 2): a workbook in the template's columns (region code, year, indicator
 * code, target, basis) is checked row by row with the single edit's rules and the tightening rule against the stored
 * targets and the file's own rows, and stored all or none. Each test works in a year of its own (2033–2036) so the
 * targets of other tests never meet these.
 */
@IntegrationTest
class TargetImportIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Indicators indicators;

	@Autowired
	UserAdministration administration;

	@Autowired
	UserDetailsService details;

	@Autowired
	JdbcClient jdbc;

	TestUsers users;

	static Actor supervisor(String region) {
		return new Actor(17, "ti-supervisor-" + region, "监管" + region, region, Scope.region(region),
				Set.of("indicators:figure:read", "indicators:target:write"), "127.0.0.1", Actor.Channel.UI);
	}

	@BeforeEach
	void setUp() {
		this.users = new TestUsers(this.administration, this.details);
		this.users.ensure("ti-province", "PROVINCIAL_SUPERVISOR", "33", null);
		this.users.ensure("ti-county", "COUNTY_SUPERVISOR", "330110", null);
	}

	/** A workbook as a director fills in the template: the header, then region, year, indicator, target, basis. */
	static MockMultipartFile workbook(Object[]... rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		SpreadsheetExport sheet = SpreadsheetExport.to(out, "指标目标", List.of("地区代码", "年度", "指标代码", "目标值（%）", "依据"));
		for (Object[] row : rows) {
			sheet.row(row);
		}
		sheet.finish();
		return new MockMultipartFile("file", "targets.xlsx", SpreadsheetExport.CONTENT_TYPE, out.toByteArray());
	}

	BigDecimal target(String code, String region, int year) {
		return this.jdbc.sql("select value from indicators.target where indicator_code = :c and region_code = :r and year = :y")
			.param("c", code)
			.param("r", region)
			.param("y", year)
			.query(BigDecimal.class)
			.optional()
			.orElse(null);
	}

	long targetsOf(int year) {
		return this.jdbc.sql("select count(*) from indicators.target where year = :y").param("y", year).query(Long.class).single();
	}

	@Test
	void aFileThatPassesIsStoredWholeEachTargetAuditedAndTheTemplateGivesItBack() throws Exception {
		// Numbers typed as numbers (85, 330110) and as text ('3301'), a decimal target, a row's own basis.
		MockMultipartFile file = workbook(new Object[] { 33, 2033, "DECLARATION_SEVERE", 85, null },
				new Object[] { "3301", 2033, "DECLARATION_SEVERE", 90, null },
				new Object[] { 330110, 2033, "TESTING_SEVERE", new BigDecimal("88.5"), "余杭区职业病防治方案（测试）" });
		this.mvc.perform(multipart("/indicators/targets/import").file(file)
			.param("year", "2033")
			.param("source", "浙江省职业病防治规划（测试）")
			.with(csrf())
			.with(this.users.as("ti-province")))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/indicators/targets?year=2033"));

		assertThat(targetsOf(2033)).isEqualTo(3);
		assertThat(target("DECLARATION_SEVERE", "33", 2033)).isEqualByComparingTo("85");
		assertThat(target("DECLARATION_SEVERE", "3301", 2033)).isEqualByComparingTo("90");
		assertThat(target("TESTING_SEVERE", "330110", 2033)).isEqualByComparingTo("88.5");
		assertThat(this.jdbc.sql("select source from indicators.target where year = 2033 order by region_code")
			.query(String.class)
			.list()).containsExactly("浙江省职业病防治规划（测试）", "浙江省职业病防治规划（测试）", "余杭区职业病防治方案（测试）");
		// Each target audited as a single edit is.
		assertThat(this.jdbc.sql("""
				select count(*) from audit.entry where action = 'indicators.target.set' and target_id in
				(select cast(id as text) from indicators.target where year = 2033)""").query(Long.class).single())
			.isEqualTo(3);

		// The template of a county: its own and its townships' targets (none of the province's or city's), and the codes.
		byte[] template = this.mvc.perform(get("/indicators/targets/template.xlsx").param("year", "2033")
			.with(this.users.as("ti-county")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(template))) {
			List<List<String>> first = cells(book, 0);
			assertThat(first.get(0)).containsExactly("地区代码", "年度", "指标代码", "目标值（%）", "依据");
			assertThat(first.subList(1, first.size())).containsExactly(
					List.of("330110", "2033", "TESTING_SEVERE", "88.5", "余杭区职业病防治方案（测试）"));
			List<List<String>> codes = cells(book, 1);
			assertThat(codes.get(0)).startsWith("指标代码", "指标名称", "计数单位");
			assertThat(codes).anySatisfy(r -> assertThat(r).startsWith("DECLARATION_SEVERE", "严重危害行业用人单位职业病危害项目申报率", "家"));
			assertThat(codes).hasSize(1 + this.indicators.definitions().size());
		}
	}

	static List<List<String>> cells(ReadableWorkbook book, int sheet) throws Exception {
		List<List<String>> rows = new ArrayList<>();
		try (Stream<Row> stream = book.getSheet(sheet).orElseThrow().openStream()) {
			stream.forEach(r -> {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < r.getCellCount(); i++) {
					cells.add(r.getCell(i) == null ? "" : r.getCell(i).getText());
				}
				rows.add(cells);
			});
		}
		return rows;
	}

	@Test
	void aLooseningRowAndAnUnknownRegionStoreNothingAndTheRefusedRowsAreListedWithTheirReasons() throws Exception {
		this.indicators.setTarget(supervisor("33"),
				new TargetCommand("EXAMS_SEVERE", "33", 2034, new BigDecimal("95"), "浙江省规划（测试）"));
		MockMultipartFile file = workbook(new Object[] { 330110, 2034, "DECLARATION_SEVERE", 90, null },
				new Object[] { 330110, 2034, "EXAMS_SEVERE", 90, null },
				new Object[] { 339999, 2034, "EXAMS_SEVERE", 96, null });
		String page = this.mvc.perform(multipart("/indicators/targets/import").file(file)
			.param("year", "2034")
			.param("source", "余杭区方案（测试）")
			.with(csrf())
			.with(this.users.as("ti-county")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("data-testid=\"target-import-errors\"").contains("文件未保存：2 处不合格");
		// Row 3 (the header is row 1): below the province's 95; row 4: no such region.
		assertThat(page).containsPattern("<td[^>]*>3</td>\\s*<td[^>]*>目标值</td>\\s*<td>目标低于上级地区 33 的目标 95%");
		assertThat(page).containsPattern("<td[^>]*>4</td>\\s*<td[^>]*>地区代码</td>\\s*<td>地区 339999 不是已知的省、市或县级行政区划");
		// Nothing stored: the valid row 2 neither.
		assertThat(targetsOf(2034)).isEqualTo(1);
		assertThat(target("DECLARATION_SEVERE", "330110", 2034)).isNull();

		// The same through the facade, each reason named by its row and field.
		List<TargetRow> rows = List.of(new TargetRow(2, "330110", 2034, "DECLARATION_SEVERE", new BigDecimal("90"), null),
				new TargetRow(3, "330110", 2034, "EXAMS_SEVERE", new BigDecimal("90"), null),
				new TargetRow(4, "339999", 2034, "EXAMS_SEVERE", new BigDecimal("96"), null));
		assertThatThrownBy(() -> this.indicators.importTargets(supervisor("330110"), rows, "余杭区方案（测试）"))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.extracting(InvalidInputException.FieldError::field, InvalidInputException.FieldError::code)
				.containsExactly(tuple("rows[3].value", "indicators.target.looserThanParent"),
						tuple("rows[4].regionCode", "indicators.target.regionInvalid")));
		assertThat(targetsOf(2034)).isEqualTo(1);
	}

	@Test
	void aRegionOutsideTheJurisdictionAndAnUnknownIndicatorAreRefused() throws Exception {
		List<TargetRow> rows = List.of(new TargetRow(2, "330105", 2035, "DECLARATION_SEVERE", new BigDecimal("90"), null),
				new TargetRow(3, "33", 2035, "DECLARATION_SEVERE", new BigDecimal("90"), null),
				new TargetRow(4, "330110", 2035, "NO_SUCH_INDICATOR", new BigDecimal("90"), null),
				new TargetRow(5, "330110", 2035, "DECLARATION_SEVERE", new BigDecimal("100.5"), " "),
				new TargetRow(6, "330110", 2035, "DECLARATION_SEVERE", new BigDecimal("90"), null),
				new TargetRow(7, "330110", 2035, "DECLARATION_SEVERE", new BigDecimal("92"), null));
		assertThatThrownBy(() -> this.indicators.importTargets(supervisor("330110"), rows, "余杭区方案（测试）"))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.extracting(InvalidInputException.FieldError::field, InvalidInputException.FieldError::code)
				.containsExactly(tuple("rows[2].regionCode", "indicators.region.outside"),
						tuple("rows[3].regionCode", "indicators.region.outside"),
						tuple("rows[4].indicatorCode", "indicators.indicator.unknown"),
						tuple("rows[5].value", "indicators.target.valueInvalid"),
						tuple("rows[7].regionCode", "indicators.targets.import.twice")));
		assertThat(targetsOf(2035)).isZero();
		// Over the API: a 400 problem naming each refused row, nothing stored.
		String token = String.valueOf(this.mvc.perform(post("/account/tokens").with(csrf())
			.with(this.users.as("ti-county"))
			.param("name", "target import tests")
			.param("daysValid", "1")
			.param("permissions", "indicators:target:write")
			.param("permissions", "indicators:figure:read")).andReturn().getFlashMap().get("issuedSecret"));
		this.mvc.perform(post("/api/v1/indicators/targets/import").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"source": "余杭区方案（测试）", "rows": [
					  {"regionCode": "330110", "year": 2035, "indicatorCode": "DECLARATION_SEVERE", "value": 90},
					  {"regionCode": "330105", "year": 2035, "indicatorCode": "DECLARATION_SEVERE", "value": 90}]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].field").value("rows[2].regionCode"))
			.andExpect(jsonPath("$.errors[0].code").value("indicators.region.outside"));
		assertThat(targetsOf(2035)).isZero();
		// A file that is not a workbook: refused as a whole.
		String page = this.mvc.perform(multipart("/indicators/targets/import")
			.file(new MockMultipartFile("file", "x.xlsx", SpreadsheetExport.CONTENT_TYPE, "not excel".getBytes()))
			.param("source", "x")
			.with(csrf())
			.with(this.users.as("ti-county"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("文件不是 Excel（.xlsx）工作簿");
	}

	@Test
	void aLowerRegionTightensAParentTargetSetInTheSameFileInWhateverOrder() {
		Actor province = supervisor("33");
		// The county's row before the province's: checked against the province's row of the same file.
		List<TargetView> saved = this.indicators.importTargets(province,
				List.of(new TargetRow(2, "330110", 2036, "WORKER_TRAINING", new BigDecimal("97"), null),
						new TargetRow(3, "3301", 2036, "WORKER_TRAINING", new BigDecimal("96"), null),
						new TargetRow(4, "33", 2036, "WORKER_TRAINING", new BigDecimal("95"), null)),
				"浙江省规划（测试）");
		assertThat(saved).extracting(TargetView::regionCode).containsExactly("330110", "3301", "33");
		assertThat(target("WORKER_TRAINING", "330110", 2036)).isEqualByComparingTo("97");
		assertThat(target("WORKER_TRAINING", "33", 2036)).isEqualByComparingTo("95");

		// Looser than a parent set in the same file (a row below it): the pair is refused on both sides — the county
		// below the province, the province above the county — naming the other region and value; nothing stored.
		assertThatThrownBy(() -> this.indicators.importTargets(province,
				List.of(new TargetRow(2, "330110", 2036, "EXAMS_DUST", new BigDecimal("90"), null),
						new TargetRow(3, "33", 2036, "EXAMS_DUST", new BigDecimal("95"), null)),
				"浙江省规划（测试）"))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.extracting(InvalidInputException.FieldError::field, InvalidInputException.FieldError::code,
						InvalidInputException.FieldError::arguments)
				.containsExactly(tuple("rows[2].value", "indicators.target.looserThanParent", List.of("33", "95")),
						tuple("rows[3].value", "indicators.target.tighterBelow", List.of("330110", "90"))));
		assertThat(target("EXAMS_DUST", "33", 2036)).isNull();

		// Raising the province above the stored city (96) and county (97) targets alone is refused; raising them all
		// together, each lower region still at or above the one above it, is taken.
		assertThatThrownBy(() -> this.indicators.importTargets(province,
				List.of(new TargetRow(2, "33", 2036, "WORKER_TRAINING", new BigDecimal("98"), null)), "（测试）"))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors()).extracting(
					InvalidInputException.FieldError::field, InvalidInputException.FieldError::code)
				.containsExactly(tuple("rows[2].value", "indicators.target.tighterBelow")));
		this.indicators.importTargets(province,
				List.of(new TargetRow(2, "33", 2036, "WORKER_TRAINING", new BigDecimal("98"), null),
						new TargetRow(3, "3301", 2036, "WORKER_TRAINING", new BigDecimal("98"), null),
						new TargetRow(4, "330110", 2036, "WORKER_TRAINING", new BigDecimal("99"), null)),
				"（测试）");
		assertThat(target("WORKER_TRAINING", "33", 2036)).isEqualByComparingTo("98");
		assertThat(target("WORKER_TRAINING", "330110", 2036)).isEqualByComparingTo("99");
		// A county may not import at all without the permission.
		Actor reader = new Actor(18, "ti-reader", "读者", "330110", Scope.region("330110"),
				Set.of("indicators:figure:read"), "127.0.0.1", Actor.Channel.UI);
		assertThatThrownBy(() -> this.indicators.importTargets(reader,
				List.of(new TargetRow(2, "330110", 2036, "WORKER_TRAINING", new BigDecimal("99"), null)), "x"))
			.isInstanceOf(org.ohsonline.shared.AccessDeniedException.class);
	}

}
