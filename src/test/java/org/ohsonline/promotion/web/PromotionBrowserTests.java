package org.ohsonline.promotion.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
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

/**
 * A healthy-enterprise application end to end in a real browser (Debian's chromium): the demo employer applies,
 * self-evaluates every item, attaches a PDF and submits; the CDC expert reviews on site; the county supervisor
 * finds it on the home page and the list, and lists the employer, which then shows on the public list.
 * Screenshots: {@code target/screenshots/promotion-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ohs.standalone.ephemeral=true", "ohs.demo.credentials-file=target/browser-demo-credentials.txt",
				"ohs.demo.synthetic-scale=tiny" })
class PromotionBrowserTests {

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

	@Test
	void anEmployerAppliesTheExpertReviewsAndTheSupervisorLists() {
		String credit = this.jdbc.sql("select scope_value from iam.app_user where username = 'employer'").query(String.class).single();
		String name = this.jdbc.sql("select name from registry.employer where credit_code = :c").param("c", credit)
			.query(String.class).single();

		as("employer");
		this.page.navigate(url("/promotion/healthy"));
		this.page.getByTestId("healthy-apply-submit").click();
		assertThat(this.page.getByTestId("healthy-status")).hasText("填报中");
		assertThat(this.page.getByTestId("healthy-edition")).containsText("未核实");
		// Submitting an empty self-evaluation is refused beside nothing saved.
		this.page.getByTestId("healthy-submit").click();
		assertThat(this.page.getByTestId("action-errors")).containsText("项未自评");
		Locator points = this.page.getByTestId("healthy-self-form").locator("input[type=number]");
		assertThat(points).hasCount(15);
		for (Locator input : points.all()) {
			input.fill(input.getAttribute("max"));
		}
		screenshot("promotion-employer-self");
		this.page.getByTestId("healthy-self-save").click();
		assertThat(this.page.getByTestId("flash")).containsText("自评已保存");
		assertThat(this.page.getByTestId("healthy-self-points")).hasText("100.0");
		this.page.locator("#evidence-file").setInputFiles(new FilePayload("职业卫生管理制度.pdf", "application/pdf",
				"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII)));
		this.page.getByTestId("healthy-evidence-upload").click();
		assertThat(this.page.getByTestId("healthy-evidence")).containsText("职业卫生管理制度.pdf");
		this.page.getByTestId("healthy-submit").click();
		assertThat(this.page.getByTestId("healthy-status")).hasText("待评审");
		screenshot("promotion-employer-submitted");
		String detail = this.page.url();

		as("cdc");
		this.page.navigate(detail);
		assertThat(this.page.getByTestId("healthy-review-form")).isVisible();
		this.page.getByTestId("healthy-review-submit").click();
		assertThat(this.page.getByTestId("healthy-status")).hasText("待审定");
		assertThat(this.page.getByTestId("healthy-outcome")).hasText("达标");
		assertThat(this.page.getByTestId("healthy-decide-form")).hasCount(0);

		as("county");
		assertThat(this.page.locator("body")).containsText("健康企业待审定");
		assertThat(this.page.locator("body")).containsText("待审定申报");
		screenshot("promotion-supervisor-home");
		this.page.navigate(url("/promotion/healthy?status=REVIEWED"));
		this.page.getByTestId("healthy-link").filter(new Locator.FilterOptions().setHasText(name)).click();
		assertThat(this.page.getByTestId("healthy-review-points")).hasText("100.0");
		screenshot("promotion-supervisor-decide");
		this.page.getByTestId("healthy-approve").click();
		assertThat(this.page.getByTestId("healthy-status")).hasText("已命名");
		screenshot("promotion-supervisor-listed");

		this.page.navigate(url("/verify/healthy-enterprises"));
		assertThat(this.page.getByTestId("public-healthy-list")).containsText(name);
		screenshot("promotion-public-list");
	}

	/** A fresh browser context logged in as the demo user. */
	private void as(String username) {
		if (this.context != null) {
			this.context.close();
		}
		this.context = chromium.newContext(Chromium.options().setViewportSize(1280, 900));
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
