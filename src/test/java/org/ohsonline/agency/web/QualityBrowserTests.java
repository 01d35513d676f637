package org.ohsonline.agency.web;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ohsonline.Chromium;
import org.ohsonline.agency.ServiceDeliveries;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Report-quality sampling in a real browser (Debian's chromium), on the demo county: the county supervisor draws the
 * quarter's sample and scores the demo agency's sampled report against the rubric with a finding; the agency's staff
 * find it on their home page, answer it, and the supervisor closes it. Screenshots go to {@code /tmp/qual-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ohs.standalone.ephemeral=true", "ohs.demo.credentials-file=target/browser-demo-credentials.txt",
				"ohs.demo.synthetic-scale=tiny" })
class QualityBrowserTests {

	private static final Path CREDENTIALS = Path.of("target/browser-demo-credentials.txt");

	private static Chromium chromium;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ServiceDeliveries deliveries;

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

	@Test
	void aSupervisorScoresASampledReportAndTheAgencyAnswersTheFinding() {
		long agency = this.jdbc.sql("select id from agency.agency where credit_code like '91330105DEMAG0001%' "
				+ "and kind = 'SERVICE_AGENCY'").query(Long.class).single();
		long employer = this.jdbc.sql("select id from registry.employer where region_code like '330105%' order by id limit 1")
			.query(Long.class)
			.single();
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		long job = 3_000_000_000L + Math.abs(System.nanoTime() % 1_000_000_000L);
		this.deliveries.jobDelivered(new ServiceDeliveries.JobDelivery(job, "JC-" + job, agency, employer,
				today.minusDays(4), today, false));
		String quarter = today.getYear() + "Q" + ((today.getMonthValue() - 1) / 3 + 1);

		long sample;
		try (BrowserContext context = chromium.newContext()) {
			Page page = context.newPage();
			page.onDialog(dialog -> dialog.accept());
			logIn(page, "county");
			page.navigate(url("/agencies/quality"));
			assertThat(page.locator("h1.page-title")).hasText("报告质量抽查");
			page.locator("#draw-period").fill(quarter);
			page.getByTestId("quality-draw").click();
			page.waitForURL(Pattern.compile(".*/agencies/quality/draws/\\d+$"));
			assertThat(page.getByTestId("draw-period")).hasText(quarter);
			assertThat(page.getByTestId("draw-seed")).hasText(Pattern.compile("[0-9a-f]{64}"));
			// the demo agency is drawn at the ratio of the level that stands for it (the demo data rates it)
			assertThat(page.locator("[data-testid=draw-organisations] tr[data-agency='" + agency + "']"))
				.containsText(Pattern.compile("(A 级|B 级|C 级|尚未评级)\\s+(5\\.0|10\\.0|30\\.0) %"));
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("/tmp/qual-draw.png")));

			sample = this.jdbc.sql("select s.id from agency.quality_sample s join agency.quality_draw d on d.id = s.draw_id "
					+ "where s.agency_id = :agency and d.period = :period order by s.seq limit 1")
				.param("agency", agency)
				.param("period", quarter)
				.query(Long.class)
				.single();
			page.navigate(url("/agencies/quality?period=" + quarter + "&status=DRAWN"));
			page.locator("tr[data-sample='" + sample + "'] [data-testid=quality-sample-link]").click();
			page.waitForURL(Pattern.compile(".*/agencies/quality/samples/" + sample + "$"));
			assertThat(page.getByTestId("sample-recomputation")).containsText(Pattern.compile("复算一致|未复算"));
			Locator form = page.getByTestId("quality-review-form");
			form.getByTestId("points-CALCULATION").fill("25");
			form.getByTestId("points-CONCLUSION").fill("20");
			form.getByTestId("points-METHODS").fill("15");
			form.getByTestId("points-SAMPLING_PLAN").fill("10");
			form.getByTestId("points-TIMELINESS").fill("15");
			form.getByTestId("finding-SAMPLING_PLAN").fill("采样点未覆盖夜班岗位");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("/tmp/qual-review-form.png")));
			form.getByTestId("quality-review-submit").click();
			// 25 + 20 + 15 + 10 + 15 = 85 of 100
			assertThat(page.getByTestId("sample-score")).hasText("得分 85");
			assertThat(page.getByTestId("finding-status")).hasText("待答复");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("/tmp/qual-reviewed.png")));
		}

		try (BrowserContext context = chromium.newContext()) {
			Page page = context.newPage();
			logIn(page, "agency");
			Locator card = page.getByTestId("quality-awaiting-answer");
			assertThat(card).containsText("有问题待答复的抽查报告");
			card.click();
			page.waitForURL(Pattern.compile(".*/agencies/quality\\?findings=OPEN.*"));
			page.locator("tr[data-sample='" + sample + "'] [data-testid=quality-sample-link]").click();
			page.waitForURL(Pattern.compile(".*/agencies/quality/samples/" + sample + "$"));
			assertThat(page.getByTestId("quality-review-form")).hasCount(0);
			Locator answer = page.getByTestId("finding-answer-form");
			answer.locator("textarea[name=answer]").fill("已于次日补测夜班岗位并出具更正报告");
			answer.locator("input[name=document]").setInputFiles(new com.microsoft.playwright.options.FilePayload(
					"补测记录.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes()));
			answer.getByTestId("finding-answer-submit").click();
			assertThat(page.getByTestId("finding-status")).hasText("已答复");
			assertThat(page.getByTestId("finding-answer")).containsText("已于次日补测夜班岗位");
			assertThat(page.getByTestId("finding-document")).hasText("补测记录.pdf");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("/tmp/qual-answered.png")));
		}

		try (BrowserContext context = chromium.newContext()) {
			Page page = context.newPage();
			logIn(page, "county");
			page.navigate(url("/agencies/quality/samples/" + sample));
			page.getByTestId("finding-close-form").locator("input[name=note]").fill("整改到位");
			page.getByTestId("finding-close").click();
			assertThat(page.getByTestId("finding-status")).hasText("已关闭");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("/tmp/qual-closed.png")));
		}
	}

	private void logIn(Page page, String username) {
		page.navigate(url("/login"));
		page.locator("#username").fill(username);
		page.locator("#password").fill(Chromium.demoPassword(CREDENTIALS, username));
		page.getByTestId("login-submit").click();
		page.waitForURL(url("/"));
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

}
