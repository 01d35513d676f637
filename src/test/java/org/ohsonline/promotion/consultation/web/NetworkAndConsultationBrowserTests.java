package org.ohsonline.promotion.consultation.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ohsonline.Chromium;
import org.ohsonline.iam.internal.UserAdministration;
import org.ohsonline.iam.internal.UserCommand;
import org.ohsonline.shared.Actor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * In a real browser (Debian's chromium, 1280×800): the county supervisor puts an expert on the consultation team;
 * the demo employer's manager asks on the managers' board and asks the experts with a PDF; the expert answers the
 * consultation routed to them; the supervisor answers the board question; the manager marks it best, finds it in
 * the knowledge base and rates the expert's answer. Screenshots: {@code target/screenshots/network-*.png},
 * {@code consultation-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ohs.standalone.ephemeral=true", "ohs.demo.credentials-file=target/browser-demo-credentials.txt",
				"ohs.demo.synthetic-scale=tiny" })
class NetworkAndConsultationBrowserTests {

	private static final Path CREDENTIALS = Path.of("target/browser-demo-credentials.txt");

	private static Chromium chromium;

	@LocalServerPort
	int port;

	@Autowired
	UserAdministration administration;

	@Autowired
	JdbcClient jdbc;

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
	void aManagerAsksAndAnExpertAndASupervisorAnswer() {
		String stamp = String.valueOf(System.nanoTime() % 100_000);
		String expertLogin = "cons-expert-" + stamp;
		String expertName = "检测专家" + stamp;
		UserAdministration.WithPassword expert = this.administration.create(Actor.system("browser-test"),
				new UserCommand(expertLogin, expertName, "330105", null, Set.of("EXPERT"), null, true));
		this.jdbc.sql("update iam.app_user set must_change_password = false where username = :u").param("u", expertLogin).update();

		// the county supervisor puts the expert on the team for testing
		try (BrowserContext context = context()) {
			Page page = logIn(context, "county", Chromium.demoPassword(CREDENTIALS, "county"));
			page.navigate(url("/consultations/experts"));
			page.locator("#userId").selectOption(String.valueOf(expert.user().id()));
			page.locator("input[name=fields][value=TESTING]").check();
			page.getByTestId("expert-save").click();
			assertThat(page.getByTestId("expert-row").filter(new Locator.FilterOptions().setHasText(expertName))).isVisible();
			screenshot(page, "consultation-experts");
		}

		// the employer's manager asks on the board and asks the experts, with a PDF
		String question = "噪声岗位多久体检一次" + stamp;
		String consultation = "车间噪声布点" + stamp;
		try (BrowserContext context = context()) {
			Page page = logIn(context, "employer", Chromium.demoPassword(CREDENTIALS, "employer"));
			page.navigate(url("/training/questions"));
			page.getByTestId("question-new").click();
			page.locator("#title").fill(question);
			page.locator("#body").fill("我单位冲压车间噪声 88 dB(A)，在岗体检周期是多少？");
			page.getByTestId("question-submit").click();
			assertThat(page.getByTestId("question-title")).hasText(question);
			assertThat(page.getByTestId("no-answers")).isVisible();
			screenshot(page, "network-question-asked");

			page.navigate(url("/consultations/new"));
			page.locator("#fieldCode").selectOption("TESTING");
			page.locator("#title").fill(consultation);
			page.locator("#body").fill("冲压车间噪声检测点应如何设置？附车间平面图。");
			page.locator("#contactPhone").fill("13912340000");
			page.locator("#attachments").setInputFiles(new FilePayload("平面图.pdf", "application/pdf",
					"%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
			page.getByTestId("consultation-submit").click();
			assertThat(page.getByTestId("consultation-title")).hasText(consultation);
			assertThat(page.getByTestId("consultation-expert")).hasText(expertName);
			assertThat(page.getByTestId("consultation-attachment")).hasText("平面图.pdf");
			screenshot(page, "consultation-asked");
		}

		// the expert finds the request on the home card and in the list, and answers it
		try (BrowserContext context = context()) {
			Page page = logIn(context, expertLogin, expert.oneTimePassword());
			assertThat(page.getByTestId("home-card-consultation")).isVisible();
			screenshot(page, "consultation-expert-home");
			page.navigate(url("/consultations"));
			page.getByTestId("consultation-link").filter(new Locator.FilterOptions().setHasText(consultation)).click();
			assertThat(page.getByTestId("consultation-asker")).not().isEmpty();
			page.locator("#answer").fill("按 GBZ/T 189.8 在劳动者工作地点布点，每个测点测 3 次取均值。");
			page.getByTestId("consultation-answer-submit").click();
			assertThat(page.getByTestId("consultation-answer")).containsText("GBZ/T 189.8");
			screenshot(page, "consultation-expert-answered");
		}

		// the supervisor answers the board question
		try (BrowserContext context = context()) {
			Page page = logIn(context, "county", Chromium.demoPassword(CREDENTIALS, "county"));
			page.navigate(url("/training/questions"));
			page.getByTestId("question-link").filter(new Locator.FilterOptions().setHasText(question)).click();
			page.locator("#answer-body").fill("噪声 ≥ 85 dB(A) 的岗位每年体检一次（GBZ 188）。");
			page.getByTestId("answer-submit").click();
			assertThat(page.getByTestId("answer")).hasCount(1);
			screenshot(page, "network-question-answered");
		}

		// the manager marks the best answer, finds it in the knowledge base and rates the expert
		try (BrowserContext context = context()) {
			Page page = logIn(context, "employer", Chromium.demoPassword(CREDENTIALS, "employer"));
			page.navigate(url("/training/questions"));
			page.getByTestId("question-link").filter(new Locator.FilterOptions().setHasText(question)).click();
			page.getByTestId("choose-best").click();
			assertThat(page.getByTestId("best-answer")).isVisible();
			page.navigate(url("/training/knowledge?q=" + stamp));
			assertThat(page.getByTestId("knowledge-item").filter(new Locator.FilterOptions().setHasText(question)))
				.isVisible();
			screenshot(page, "network-knowledge");
			page.navigate(url("/consultations"));
			page.getByTestId("consultation-link").filter(new Locator.FilterOptions().setHasText(consultation)).click();
			page.getByTestId("rating-5").check();
			page.getByTestId("consultation-rate-submit").click();
			assertThat(page.getByTestId("consultation-rating")).containsText("5");
			screenshot(page, "consultation-rated");
		}
	}

	/** A fresh login's browser; the machine is shared, so pages get a minute rather than Playwright's default. */
	private BrowserContext context() {
		BrowserContext context = chromium.newContext(Chromium.options().setViewportSize(1280, 800));
		context.setDefaultTimeout(60_000);
		context.setDefaultNavigationTimeout(60_000);
		return context;
	}

	private Page logIn(BrowserContext context, String username, String password) {
		Page page = context.newPage();
		page.navigate(url("/login"));
		page.locator("#username").fill(username);
		page.locator("#password").fill(password);
		page.getByTestId("login-submit").click();
		page.waitForURL(url("/"));
		return page;
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	private static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/" + name + ".png")).setFullPage(true));
	}

}
