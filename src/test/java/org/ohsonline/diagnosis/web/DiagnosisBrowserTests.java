package org.ohsonline.diagnosis.web;

import org.ohsonline.Chromium;
import java.nio.file.Path;
import java.time.LocalDate;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
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
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A provincial supervisor in a real browser (Debian's chromium) on the demo data: the disease
 * registry with its chart drawn, then a case from it with its statutory clocks. The same context
 * properties as the console's browser test, so a full run starts the application once for both.
 * Screenshots land in {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ohs.standalone.ephemeral=true", "ohs.demo.credentials-file=target/browser-demo-credentials.txt",
				"ohs.demo.synthetic-scale=tiny" })
class DiagnosisBrowserTests {

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
	void aSupervisorOpensTheRegistryWithItsChartAndACaseWithItsClocks() {
		record Certified(long id, String number, LocalDate due, String disease) {
		}
		Certified certified = this.jdbc.sql("""
				select c.id, c.number, k.due_on, c.disease_name from diagnosis.diagnosis_case c
				join diagnosis.case_clock k on k.case_id = c.id and k.kind = 'APPRAISAL'
				where c.synthetic and c.status = 'CERTIFIED' order by c.id limit 1""")
			.query((rs, n) -> new Certified(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
					rs.getString(4)))
			.single();
		logIn("province");
		this.page.navigate(url("/diagnosis/registry"));
		assertThat(this.page.locator("h1")).containsText("职业病报告");
		// ECharts draws into a canvas inside the chart's element once the counts have loaded.
		assertThat(this.page.locator("[data-testid=registry-chart] canvas").first()).isVisible();
		assertThat(this.page.getByTestId("registry-table")).containsText(certified.number());
		assertThat(this.page.getByTestId("registry-table")).containsText(certified.disease());
		screenshot("diagnosis-registry");

		this.page.getByTestId("registry-table")
			.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
					new Locator.GetByRoleOptions().setName(certified.number()))
			.click();
		this.page.waitForURL(url("/diagnosis/cases/" + certified.id()));
		assertThat(this.page.getByTestId("case-number")).hasText(certified.number());
		Locator clocks = this.page.getByTestId("clocks");
		assertThat(clocks).containsText("申请鉴定");
		// The open appraisal window shows its due date and the days left (the demo delivered 12 days ago: 30 − 12 = 18).
		// Counted in the platform's day (Asia/Shanghai): from 16:00 UTC the machine's own date is a day behind.
		long daysLeft = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")),
				certified.due());
		assertThat(daysLeft).isEqualTo(18);
		assertThat(clocks.getByTestId("clock")).containsText(certified.due().toString());
		assertThat(clocks.getByTestId("clock")).containsText("18");
		assertThat(this.page.getByTestId("certificate-download")).isVisible();
		screenshot("diagnosis-case-clocks");
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

	/** The demo passwords are random per run; the application writes them to the credentials file. */
	private static String password(String username) {
		return Chromium.demoPassword(CREDENTIALS, username);
	}

	private void screenshot(String name) {
		this.page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve(name + ".png")));
	}

}
