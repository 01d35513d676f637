package org.ohsonline.projects.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
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
 * A construction project's stages in a real browser (Debian's chromium), at tablet width: the demo employer's
 * manager registers a coal-mining project (the directory classes it 严重), uploads the pre-evaluation report and
 * completes the stage with a qualified agency, sees the design become current and the later stages wait, is
 * refused a completion without the design's document, then completes the design; the county supervisor finds the
 * project in the list and the quarterly tracking. Screenshots: {@code target/screenshots/projects-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ohs.standalone.ephemeral=true", "ohs.demo.credentials-file=target/browser-demo-credentials.txt",
				"ohs.demo.synthetic-scale=tiny" })
class ProjectBrowserTests {

	private static final Path CREDENTIALS = Path.of("target/browser-demo-credentials.txt");

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);

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
	void anEmployerAdvancesAProjectStageByStageInOrder() {
		String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
		as("employer");
		this.page.navigate(url("/projects"));
		this.page.getByTestId("project-new").click();
		this.page.locator("#name").fill("浏览器测试煤矿技改工程");
		this.page.locator("#industryCode").fill("0610");
		Locator search = this.page.locator("#factors");
		search.pressSequentially("1038", new Locator.PressSequentiallyOptions().setDelay(40));
		Locator options = this.page.locator("[data-search-picker] [role=option]");
		assertThat(options.first()).isVisible();
		options.first().click();
		assertThat(this.page.locator("[data-picker-chip]")).hasCount(1);
		screenshot("projects-register");
		this.page.getByTestId("project-save").click();

		assertThat(this.page.getByTestId("project-class")).containsText("严重");
		assertThat(this.page.getByTestId("project-stage")).hasText("职业病危害预评价");
		assertThat(this.page.getByTestId("stage-PRE_EVALUATION")).hasAttribute("data-state", "current");
		assertThat(this.page.getByTestId("stage-DESIGN")).hasAttribute("data-state", "waiting");
		assertThat(this.page.getByTestId("stage-COMPLETION")).hasAttribute("data-state", "waiting");
		// Only the current stage carries the forms: no way to skip ahead.
		assertThat(this.page.getByTestId("project-complete")).hasCount(1);

		upload("预评价报告.pdf");
		Locator form = this.page.getByTestId("project-complete");
		form.locator("#completedOn").fill(today);
		form.locator("#reportNumber").fill("YPJ-2026-001");
		form.locator("#agencyId").selectOption(new SelectOption().setIndex(1));
		screenshot("projects-pre-evaluation");
		this.page.getByTestId("project-complete-submit").click();
		assertThat(this.page.getByTestId("flash")).isVisible();
		assertThat(this.page.getByTestId("stage-PRE_EVALUATION")).hasAttribute("data-state", "done");
		assertThat(this.page.getByTestId("stage-PRE_EVALUATION")).containsText("YPJ-2026-001");
		assertThat(this.page.getByTestId("stage-DESIGN")).hasAttribute("data-state", "current");
		assertThat(this.page.getByTestId("project-stage")).hasText("职业病防护设施设计专篇");

		// The design without its document is refused, and nothing moves.
		form = this.page.getByTestId("project-complete");
		form.locator("#completedOn").fill(today);
		form.locator("#reportNumber").fill("SJ-001");
		this.page.getByTestId("project-complete-submit").click();
		assertThat(this.page.getByTestId("action-errors")).containsText("请先上传本阶段的报告或文件");
		assertThat(this.page.getByTestId("stage-DESIGN")).hasAttribute("data-state", "current");

		upload("防护设施设计专篇.pdf");
		form = this.page.getByTestId("project-complete");
		form.locator("#completedOn").fill(today);
		form.locator("#reportNumber").fill("SJ-001");
		this.page.getByTestId("project-complete-submit").click();
		assertThat(this.page.getByTestId("stage-DESIGN")).hasAttribute("data-state", "done");
		assertThat(this.page.getByTestId("stage-CONSTRUCTION")).hasAttribute("data-state", "current");
		assertThat(this.page.getByTestId("project-document")).hasCount(2);
		screenshot("projects-stages");
		String detail = this.page.url();

		as("county");
		this.page.navigate(url("/projects?q=" + java.net.URLEncoder.encode("浏览器测试煤矿", StandardCharsets.UTF_8)));
		assertThat(this.page.getByTestId("project-link")).hasText("浏览器测试煤矿技改工程");
		this.page.getByTestId("project-link").click();
		this.page.waitForURL(detail);
		assertThat(this.page.getByTestId("project-complete")).hasCount(0);
		this.page.navigate(url("/projects/tracking"));
		assertThat(this.page.getByTestId("tracking-table")).isVisible();
		assertThat(this.page.getByTestId("tracking-total")).isVisible();
		// The chart is drawn from the table beside it (js/table-chart.js).
		assertThat(this.page.locator("[data-testid=tracking-chart] canvas")).isVisible();
		screenshot("projects-tracking");
	}

	private void upload(String name) {
		this.page.locator("#file").setInputFiles(new FilePayload(name, "application/pdf", PDF));
		this.page.getByTestId("project-upload-submit").click();
		assertThat(this.page.getByTestId("flash")).containsText("文件已上传");
	}

	/** A fresh browser context at tablet width, logged in as the demo user. */
	private void as(String username) {
		if (this.context != null) {
			this.context.close();
		}
		this.context = chromium.newContext(Chromium.options().setViewportSize(820, 1180));
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
		this.page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/" + name + ".png"))
			.setFullPage(true));
	}

}
