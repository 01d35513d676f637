package org.ohsonline.grid.web;

import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ohsonline.Chromium;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Grid supervision in a real browser (Debian's chromium): the demo county supervisor (login {@code county}) finds the
 * demo grids, draws a grid from a township no grid holds — refused first for a township of another county, nothing
 * saved —, assigns the demo inspector and grid assistant (a person in the wrong role is refused), reads the KPI table
 * with its chart, the employers behind a figure and the inspector's appraisal sheet with its PDF; the grid assistant
 * (login {@code grid}) sees only the grids assigned to them. Desktop 1280×800 and tablet 768×1024; screenshots under
 * {@code target/screenshots/grid-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ohs.standalone.ephemeral=true", "ohs.demo.credentials-file=target/browser-demo-credentials.txt",
				"ohs.demo.synthetic-scale=tiny" })
class GridBrowserTests {

	private static final Path CREDENTIALS = Path.of("target/browser-demo-credentials.txt");

	private static Chromium chromium;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

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

	/** The township of the demo county no grid holds with the most employers in no grid yet. */
	private String freeTownship() {
		return this.jdbc.sql("""
				select e.region_code from registry.employer e
				where e.region_code like '330105%' and length(e.region_code) = 9 and e.status = 'IN_PRODUCTION'
				  and e.region_code not in (select township_code from grid.grid_township where to_date is null)
				  and not exists (select 1 from grid.grid_member m where m.employer_id = e.id and m.to_date is null)
				group by e.region_code order by count(*) desc, e.region_code limit 1""")
			.query(String.class)
			.single();
	}

	@Test
	void theCountyDrawsAssignsAndScoresAGridAndTheAssistantSeesOnlyTheirs() throws Exception {
		as("county", 1280, 800);
		this.page.navigate(url("/grids"));
		assertThat(this.page.getByTestId("grid-link").filter(new Locator.FilterOptions().setHasText("第一网格（演示）")))
			.isVisible();
		screenshot("list-desktop");

		this.page.getByTestId("grid-new").click();
		this.page.locator("#name").fill("浏览器测试网格");
		this.page.locator("#townships").fill("330106002");
		this.page.getByTestId("grid-form-submit").click();
		assertThat(this.page.getByTestId("grid-form-errors")).containsText("不属于本网格所在县");
		assertThat(this.page.locator("#name")).hasValue("浏览器测试网格");
		screenshot("form-refused");

		String township = freeTownship();
		this.page.locator("#townships").fill(township);
		this.page.getByTestId("grid-form-submit").click();
		assertThat(this.page.getByTestId("grid-name")).hasText("浏览器测试网格");
		assertThat(this.page.getByTestId("flash")).isVisible();
		assertThat(this.page.getByTestId("grid-member").first()).isVisible();

		Locator assign = this.page.getByTestId("grid-assign");
		assign.locator("#userId").selectOption(new SelectOption().setLabel("拱墅区执法（演示） (拱墅区)"));
		assign.locator("#role").selectOption("ASSISTANT");
		this.page.getByTestId("grid-assign-submit").click();
		assertThat(this.page.getByTestId("action-errors")).containsText("不能以此职责分配到本网格");
		assign = this.page.getByTestId("grid-assign");
		assign.locator("#userId").selectOption(new SelectOption().setLabel("拱墅区执法（演示） (拱墅区)"));
		assign.locator("#role").selectOption("INSPECTOR");
		this.page.getByTestId("grid-assign-submit").click();
		assertThat(this.page.getByTestId("flash")).isVisible();
		assign = this.page.getByTestId("grid-assign");
		assign.locator("#userId").selectOption(new SelectOption().setLabel("拱墅区网格员（演示） (拱墅区)"));
		assign.locator("#role").selectOption("ASSISTANT");
		this.page.getByTestId("grid-assign-submit").click();
		assertThat(this.page.getByTestId("grid-assignment")).hasCount(2);

		Locator table = this.page.getByTestId("grid-kpi-table");
		assertThat(table.locator("tbody tr")).hasCount(5);
		assertThat(table).containsText("检查覆盖率");
		assertThat(this.page.locator("[data-testid=grid-kpi-chart] canvas")).isVisible();
		assertThat(this.page.getByTestId("grid-kpi-date")).containsText("数据截至");
		String detail = this.page.url();
		screenshot("detail-desktop");

		// The denominator of inspection coverage lists every employer of the grid: as many as the table says.
		String denominator = table.locator("tr[data-kpi=INSPECTION_COVERAGE] td").nth(2).innerText().trim();
		table.locator("tr[data-kpi=INSPECTION_COVERAGE] td").nth(2).locator("a").click();
		assertThat(this.page.getByTestId("grid-list-total")).hasText(denominator);
		screenshot("employers");

		this.page.navigate(url("/grids/appraisals"));
		this.page.getByTestId("grid-appraisal-link").filter(new Locator.FilterOptions().setHasText("拱墅区执法（演示）")).first().click();
		assertThat(this.page.getByTestId("grid-appraisal-title")).containsText("拱墅区执法（演示）");
		assertThat(this.page.getByTestId("grid-kpi-score")).containsText("考核得分");
		screenshot("appraisal");
		Download download = this.page.waitForDownload(() -> this.page.getByTestId("grid-appraisal-pdf").click());
		byte[] pdf = Files.readAllBytes(download.path());
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");

		as("county", 768, 1024);
		this.page.navigate(detail);
		assertThat(this.page.locator("[data-testid=grid-kpi-chart] canvas")).isVisible();
		screenshot("detail-tablet");
		this.page.navigate(url("/grids"));
		screenshot("list-tablet");

		as("grid", 1280, 800);
		this.page.navigate(url("/grids"));
		Locator links = this.page.getByTestId("grid-link");
		assertThat(links.filter(new Locator.FilterOptions().setHasText("浏览器测试网格"))).isVisible();
		assertThat(links.filter(new Locator.FilterOptions().setHasText("第一网格（演示）"))).isVisible();
		assertThat(links.filter(new Locator.FilterOptions().setHasText("第二网格（演示）"))).hasCount(0);
		assertThat(this.page.getByTestId("grid-new")).hasCount(0);
		screenshot("assistant-list");
		this.page.navigate(url("/grids/appraisals"));
		assertThat(this.page.getByTestId("grid-appraisal-link").filter(new Locator.FilterOptions().setHasText("拱墅区执法（演示）")))
			.hasCount(0);
		screenshot("assistant-appraisals");
	}

	/** A fresh browser context at the given size, logged in as the demo user. */
	private void as(String username, int width, int height) {
		if (this.context != null) {
			this.context.close();
		}
		this.context = chromium.newContext(Chromium.options().setViewportSize(width, height).setAcceptDownloads(true));
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
		this.page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/grid-" + name + ".png"))
			.setFullPage(true));
	}

}
