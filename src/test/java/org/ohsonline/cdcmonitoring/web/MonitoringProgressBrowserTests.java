package org.ohsonline.cdcmonitoring.web;

import java.nio.file.Path;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ohsonline.Chromium;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The CDC's monitoring project in a real browser (Debian's chromium): the demo city CDC (login {@code cdc}) creates a
 * workplace noise project with a target for 拱墅区, draws the sample, gives the county's task to the county CDC,
 * enters a survey — refused field by field first, nothing saved —, and reads the project's progress by county with
 * its chart and table, at desktop and tablet widths; then uploads the other surveys by Excel (a bad row refused by
its row, nothing saved; then all saved), edits and closes the project (frozen progress, signed summary), and an
anonymous visitor reads the public page of the draw. Screenshots: {@code target/screenshots/cdcp-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ohs.standalone.ephemeral=true", "ohs.demo.credentials-file=target/browser-demo-credentials.txt",
				"ohs.demo.synthetic-scale=tiny" })
class MonitoringProgressBrowserTests {

	private static final Path CREDENTIALS = Path.of("target/browser-demo-credentials.txt");

	private static Chromium chromium;

	@LocalServerPort
	int port;

	private BrowserContext context;

	private Page page;

	@BeforeAll
	static void launchBrowser() {
		chromium = Chromium.launch();
	}

	@AfterAll
	static void closeBrowser() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@AfterEach
	void closeContext() {
		if (this.context != null) {
			this.context.close();
		}
	}

	@Test
	void theCdcCreatesDrawsAssignsEntersAndFollowsItsProjectByCounty() {
		as("cdc", 1280, 800);
		this.page.navigate(url("/cdc/monitoring-projects"));
		this.page.getByTestId("monitoring-new").click();
		this.page.locator("#name").fill("浏览器测试噪声危害监测");
		this.page.locator("#kind").selectOption("WORKPLACE_HAZARD");
		this.page.locator("#industries").fill("C, B");
		this.page.locator("#hazards").fill("3008");
		this.page.locator("#te-330105").fill("4");
		this.page.locator("tr:has(#te-330105) input[name=targetHazards]").fill("30");
		screenshot("form");
		this.page.getByTestId("monitoring-save").click();

		assertThat(this.page.getByTestId("monitoring-name")).hasText("浏览器测试噪声危害监测");
		this.page.getByTestId("monitoring-draw-submit").click();
		assertThat(this.page.getByTestId("flash")).isVisible();
		assertThat(this.page.getByTestId("monitoring-sampled")).hasCount(4);
		assertThat(this.page.getByTestId("monitoring-seed")).hasText(java.util.regex.Pattern.compile("[0-9a-f]{64}"));

		Locator assign = this.page.getByTestId("monitoring-assign");
		assign.locator("#countyCode").selectOption("330105");
		assign.locator("#assignee").selectOption("COUNTY_CDC");
		this.page.getByTestId("monitoring-assign-submit").click();
		assertThat(this.page.getByTestId("flash")).isVisible();
		assertThat(this.page.getByTestId("monitoring-task-link")).containsText("县级疾控");
		assertThat(this.page.getByTestId("monitoring-population")).hasText(java.util.regex.Pattern.compile("\\d+"));
		screenshot("project");
		this.page.getByTestId("monitoring-task-link").click();

		this.page.getByTestId("task-survey-link").first().click();
		Locator form = this.page.getByTestId("survey-form");
		form.locator("[id='f_WH.POINTS']").fill("十二");
		form.locator("[id='f_WH.EXCEEDING']").fill("-1");
		this.page.getByTestId("survey-submit").click();
		Locator errors = this.page.getByTestId("action-errors");
		assertThat(errors).containsText("“检测点数”须为整数");
		assertThat(errors).containsText("“超标点数”的值 -1 超出范围");
		assertThat(errors).containsText("“现场调查日期”为必填项");
		assertThat(this.page.getByTestId("survey-values")).hasCount(0);
		// Each refusal stands beside its field too, and what was typed is kept.
		assertThat(this.page.getByTestId("field-error-WH.POINTS")).containsText("须为整数");
		assertThat(this.page.locator("[id='f_WH.POINTS']")).hasValue("十二");
		screenshot("survey-refused");

		form = this.page.getByTestId("survey-form");
		form.locator("[id='f_WH.POINTS']").fill("12");
		form.locator("[id='f_WH.EXCEEDING']").fill("2");
		form.locator("[id='f_WH.PROTECTION']").selectOption(new SelectOption().setLabel("良好"));
		form.locator("[id='f_WH.SURVEY_DATE']").fill(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString());
		this.page.getByTestId("survey-submit").click();
		assertThat(this.page.getByTestId("flash")).isVisible();
		assertThat(this.page.getByTestId("survey-value-WH.POINTS")).hasText("12 个");

		this.page.navigate(this.page.url().replaceAll("/cdc/monitoring-tasks/.*", "/cdc/monitoring-projects"));
		this.page.getByTestId("monitoring-link").filter(new Locator.FilterOptions().setHasText("浏览器测试噪声危害监测")).click();
		this.page.getByTestId("monitoring-progress-link").click();
		Locator row = this.page.getByTestId("progress-row");
		assertThat(row).hasCount(1);
		assertThat(row).containsText("1/4");
		assertThat(row).containsText("25%");
		assertThat(row).containsText("12/30");
		assertThat(this.page.getByTestId("progress-total")).containsText("40%");
		// Points exceeding beside the points sampled: 2 of 12, 17 % (2 ÷ 12 = 16.7 %).
		assertThat(row).containsText("2/12");
		assertThat(row).containsText("17%");
		assertThat(this.page.locator("[data-testid=progress-chart] canvas")).isVisible();
		String progress = this.page.url();
		screenshot("progress-desktop");

		// The other three employers by Excel: a first upload with one bad row saves nothing and names the row.
		this.page.navigate(progress.replace("/progress", ""));
		String project = this.page.url();
		this.page.getByTestId("monitoring-task-link").click();
		String task = this.page.url();
		java.util.List<String> codes = new java.util.ArrayList<>();
		Locator sampled = this.page.getByTestId("task-sampled");
		for (int i = 0; i < sampled.count(); i++) {
			if (sampled.nth(i).locator("td").nth(2).innerText().contains("否")) {
				codes.add(sampled.nth(i).locator("td").nth(1).locator("div").innerText().trim());
			}
		}
		org.junit.jupiter.api.Assertions.assertEquals(3, codes.size());
		String day = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
		upload(workbook(codes, new String[][] { { "5", "1" }, { "4", "6" }, { "3", "0" } }, day));
		Locator rejected = this.page.getByTestId("upload-errors");
		assertThat(rejected).containsText("第 3 行");
		assertThat(rejected).containsText("“超标点数”的值 6 不能大于“检测点数”（4）");
		assertThat(this.page.getByTestId("task-upload")).isVisible();
		screenshot("upload-refused");
		upload(workbook(codes, new String[][] { { "5", "1" }, { "4", "2" }, { "3", "0" } }, day));
		assertThat(this.page.getByTestId("flash")).containsText("已保存 3 份调查表");
		assertThat(this.page.getByTestId("task-upload")).hasCount(0);

		// The public page of the draw, without logging in: seed and the four employers in the draw's order.
		this.page.navigate(project);
		String publicDraw = this.page.getByTestId("monitoring-public-link").getAttribute("href");
		this.page.getByTestId("monitoring-edit-link").click();
		assertThat(this.page.getByTestId("edit-hint")).isVisible();
		assertThat(this.page.locator("#industries")).not().isEditable();
		this.page.locator("tr:has(#te-330105) input[name=targetHazards]").fill("24");
		screenshot("edit");
		this.page.getByTestId("monitoring-save").click();
		assertThat(this.page.getByTestId("flash")).containsText("项目已修改");
		this.page.locator("#closeNote").fill("本年度监测工作完成");
		this.page.getByTestId("monitoring-close-submit").click();
		assertThat(this.page.getByTestId("monitoring-closed")).isVisible();
		assertThat(this.page.getByTestId("monitoring-summary-pdf")).isVisible();
		assertThat(this.page.getByTestId("monitoring-close")).hasCount(0);
		screenshot("closed");
		// The signed summary as the CDC downloads it (kept beside the screenshots to look at).
		com.microsoft.playwright.APIResponse summary = this.page.request()
			.get(url(this.page.getByTestId("monitoring-summary-pdf").getAttribute("href")));
		org.junit.jupiter.api.Assertions.assertEquals("application/pdf", summary.headers().get("content-type"));
		try {
			java.nio.file.Files.createDirectories(SHOTS);
			java.nio.file.Files.write(SHOTS.resolve("cdcp-summary.pdf"), summary.body());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		this.page.getByTestId("monitoring-progress-link").click();
		assertThat(this.page.getByTestId("progress-closed")).isVisible();
		// Frozen: 4 of 4 employers; 12 + 5 + 4 + 3 = 24 points of the new target 24; 2 + 1 + 2 = 5 exceeding of 24 (21 %).
		assertThat(this.page.getByTestId("progress-row")).containsText("4/4");
		assertThat(this.page.getByTestId("progress-row")).containsText("24/24");
		assertThat(this.page.getByTestId("progress-row")).containsText("5/24");
		assertThat(this.page.getByTestId("progress-row")).containsText("21%");
		screenshot("progress-closed");

		BrowserContext anonymous = chromium.newContext(Chromium.options().setViewportSize(1280, 800));
		Page visitor = anonymous.newPage();
		visitor.navigate(url(publicDraw));
		assertThat(visitor.getByTestId("public-draw-name")).hasText("浏览器测试噪声危害监测");
		assertThat(visitor.getByTestId("public-draw-line")).hasCount(4);
		assertThat(visitor.getByTestId("public-draw-seed")).hasText(java.util.regex.Pattern.compile("[0-9a-f]{64}"));
		visitor.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("cdcp-public-draw.png")).setFullPage(true));
		anonymous.close();

		as("cdc", 768, 1024);
		this.page.navigate(progress);
		assertThat(this.page.locator("[data-testid=progress-chart] canvas")).isVisible();
		assertThat(this.page.getByTestId("progress-table")).isVisible();
		screenshot("progress-tablet");
		this.page.navigate(url("/"));
		assertThat(this.page.getByTestId("home-card-cdc-monitoring-tasks")).isVisible();
		screenshot("home-tablet");
	}

	private static final Path SHOTS = Path.of("target/screenshots");

	/** A workbook in the template's columns: one row per credit code with its points and points exceeding. */
	private static Path workbook(java.util.List<String> codes, String[][] values, String day) {
		try {
			Path file = java.nio.file.Files.createTempFile("cdcp-upload", ".xlsx");
			java.util.List<java.util.List<Object>> rows = new java.util.ArrayList<>();
			for (int i = 0; i < codes.size(); i++) {
				rows.add(java.util.List.of(i + 1, codes.get(i), "", values[i][0], values[i][1], "85", "", "一般", day));
			}
			try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(file)) {
				SurveyWorkbook.write(out, java.util.List.of("序号", "统一社会信用代码", "单位名称", "检测点数（个） [WH.POINTS]",
						"超标点数（个） [WH.EXCEEDING]", "噪声 [WH.NOISE_MAX]", "粉尘 [WH.DUST_MAX]", "防护 [WH.PROTECTION]",
						"日期 [WH.SURVEY_DATE]"), rows);
			}
			return file;
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private void upload(Path file) {
		this.page.locator("#uploadFile").setInputFiles(file);
		this.page.getByTestId("task-upload-submit").click();
		this.page.waitForLoadState();
	}

	/** A fresh browser context at the given size, logged in as the demo user. */
	private void as(String username, int width, int height) {
		if (this.context != null) {
			this.context.close();
		}
		this.context = chromium.newContext(Chromium.options().setViewportSize(width, height));
		this.page = this.context.newPage();
		this.page.navigate(url("/login"));
		this.page.locator("#username").fill(username);
		this.page.locator("#password").fill(Chromium.demoPassword(CREDENTIALS, username));
		this.page.getByTestId("login-submit").click();
		this.page.waitForURL(url("/"));
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	private void screenshot(String name) {
		this.page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("cdcp-" + name + ".png")).setFullPage(true));
	}

}
