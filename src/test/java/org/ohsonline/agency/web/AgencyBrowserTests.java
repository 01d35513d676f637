package org.ohsonline.agency.web;

import org.ohsonline.Chromium;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The agency pages in a real browser (Debian's chromium), on the synthetic agencies of the tiny
 * register: the list with its htmx filter, then an organisation's tabs. Only reads, so it shares
 * the console browser tests' context. Screenshots go to {@code target/screenshots/agency-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ohs.standalone.ephemeral=true", "ohs.demo.credentials-file=target/browser-demo-credentials.txt",
				"ohs.demo.synthetic-scale=tiny" })
class AgencyBrowserTests {

	private static final Path CREDENTIALS = Path.of("target/browser-demo-credentials.txt");

	private static final Path SCREENSHOTS = Path.of("target/screenshots");

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

	@BeforeEach
	void openContext() {
		this.context = chromium.newContext();
		this.page = this.context.newPage();
	}

	@AfterEach
	void closeContext() {
		this.context.close();
	}

	@Test
	void supervisorFiltersTheListAndOpensAnInstitutionsTabs() {
		long synthetic = this.jdbc.sql("select count(*) from agency.agency where synthetic and region_code like '3301%'")
			.query(Long.class)
			.single();
		String institution = this.jdbc.sql("select name from agency.agency where kind = 'EXAM_INSTITUTION' "
				+ "and credit_code like '12330105DEMEX%'").query(String.class).single();
		logIn("city");
		// 机构 is a group now (机构, 信誉评级, 黑名单): open it, then its first entry
		this.page.getByTestId("menu-nav.group.agencies").click();
		this.page.locator("header").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("机构").setExact(true)).click();
		assertThat(this.page.locator("h1.page-title")).hasText("技术服务机构与体检、诊断机构");
		assertThat(this.page.getByTestId("agency-total")).hasText(Long.toString(synthetic));
		this.page.evaluate("window.__notReloaded = true");

		this.page.locator("#kind").selectOption("EXAM_INSTITUTION");
		this.page.waitForURL(Pattern.compile(".*kind=EXAM_INSTITUTION.*"));
		Locator rows = this.page.locator("[data-testid=agency-table] tbody tr");
		assertThat(rows.first()).containsText("职业健康检查机构");
		assertThat(this.page.locator("[data-testid=agency-table]")).not().containsText("职业卫生技术服务机构");
		// One request with the whole text (typing would race one request per keystroke).
		this.page.locator("#q").fill("拱墅模拟");
		this.page.locator("#q").press("Enter");
		this.page.waitForURL(Pattern.compile(".*q=%E6%8B%B1.*"));
		assertThat(rows).hasCount(1);
		org.assertj.core.api.Assertions.assertThat(this.page.evaluate("window.__notReloaded === true")).isEqualTo(true);
		assertThat(rows.first().getByTestId("clock")).isVisible();
		screenshot("agency-list-filtered");

		rows.first().locator("a").first().click();
		this.page.waitForURL(Pattern.compile(".*/agencies/\\d+$"));
		assertThat(this.page.getByTestId("agency-name")).hasText(institution);
		assertThat(this.page.getByTestId("panel-profile")).containsText("浙江省卫生健康委员会");
		assertThat(this.page.getByTestId("panel-profile")).containsText("2029-02-28");
		screenshot("agency-profile");

		this.page.getByTestId("tab-staff").click();
		this.page.waitForURL(Pattern.compile(".*tab=staff$"));
		Locator masked = this.page.getByTestId("staff-table").locator("td.masked").first();
		assertThat(masked).hasText(Pattern.compile("\\d{6}\\*{8}[0-9X]{4}"));
		screenshot("agency-staff");

		this.page.getByTestId("tab-engagements").click();
		this.page.waitForURL(Pattern.compile(".*tab=engagements$"));
		assertThat(this.page.getByTestId("panel-engagements")).containsText("职业健康检查");

		this.page.getByTestId("tab-capacity").click();
		this.page.waitForURL(Pattern.compile(".*tab=capacity$"));
		assertThat(this.page.getByTestId("capacity-table")).containsText("200 人/日");
		screenshot("agency-capacity");
	}

	@Test
	void agencyStaffGoStraightToTheirOwnOrganisation() {
		logIn("agency");
		// 本机构 shares the 机构 group with 报告抽查 (the findings on the organisation's sampled reports)
		this.page.getByTestId("menu-nav.group.agencies").click();
		this.page.locator("header").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("本机构")).click();
		assertThat(this.page.getByTestId("agency-name")).hasText("杭州拱墅模拟职业卫生技术服务有限公司（模拟）");
		assertThat(this.page.getByTestId("agency-edit")).hasCount(0);
		assertThat(this.page.getByTestId("staff-new")).isVisible();
		this.page.getByTestId("tab-scope").click();
		this.page.waitForURL(Pattern.compile(".*tab=scope$"));
		assertThat(this.page.getByTestId("scope-job-types")).containsText("定期检测");
		screenshot("agency-own");
	}

	private void logIn(String username) {
		this.page.navigate(url("/login"));
		this.page.locator("#username").fill(username);
		this.page.locator("#password").fill(password(username));
		this.page.getByTestId("login-submit").click();
		this.page.waitForURL(url("/"));
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	private static String password(String username) {
		return Chromium.demoPassword(CREDENTIALS, username);
	}

	private void screenshot(String name) {
		this.page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve(name + ".png")));
	}

}
