package org.ohsonline.risk.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohsonline.Chromium;
import org.ohsonline.risk.Checklist;
import org.ohsonline.risk.RectificationFilter;
import org.ohsonline.risk.RectificationView;
import org.ohsonline.risk.Rectifications;
import org.ohsonline.risk.SelfInspectionView;
import org.ohsonline.risk.SelfInspections;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The rectification loop and the dashboard in a real browser (Debian's chromium): the demo employer answers
 * an item with an evidence file, the county supervisor returns it once with reasons and then approves it;
 * the county supervisor reads the distribution by township, drills down to the employer list and opens a
 * portrait. Screenshots: {@code target/screenshots/risk-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ohs.standalone.ephemeral=true", "ohs.demo.credentials-file=target/browser-demo-credentials.txt",
				"ohs.demo.synthetic-scale=tiny" })
class RiskBrowserTests {

	private static final Path CREDENTIALS = Path.of("target/browser-demo-credentials.txt");

	private static Chromium chromium;

	@LocalServerPort
	int port;

	@Autowired
	SelfInspections inspections;

	@Autowired
	Rectifications items;

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

	/** A rectification item of the demo employer: a self-inspection failing item S4-03. */
	RectificationView demoItem() {
		String credit = this.jdbc.sql("select scope_value from iam.app_user where username = 'employer'")
			.query(String.class)
			.single();
		long employerId = this.jdbc.sql("select employer_id from risk.portrait where credit_code = :c")
			.param("c", credit)
			.query(Long.class)
			.single();
		Actor manager = new Actor(0, "risk-browser", "演示", "330105", new Scope(Scope.Kind.EMPLOYER, credit),
				Set.of("risk:portrait:read", "risk:self-inspection:write", "risk:rectification:read",
						"risk:rectification:write"),
				"127.0.0.1", Actor.Channel.UI);
		SelfInspectionView draft = this.inspections.draft(manager, employerId, "ON_DEMAND");
		Checklist checklist = this.inspections.checklist(draft.checklistVersionId());
		List<SelfInspections.AnswerInput> answers = new ArrayList<>();
		for (Checklist.Item item : checklist.items()) {
			answers.add(new SelfInspections.AnswerInput(item.code(),
					item.code().equals("S4-03") ? BigDecimal.ZERO : item.points(), "档案 " + item.code()));
		}
		this.inspections.save(manager, draft.id(), answers);
		this.inspections.submit(manager, draft.id());
		return this.items
			.search(manager, new RectificationFilter(null, null, "open", "SELF_INSPECTION_ITEM", employerId),
					PageQuery.of(1, 50))
			.items()
			.stream()
			.filter(i -> i.arguments().get(0).equals("S4-03"))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void theEmployerAnswersWithEvidenceAndTheSupervisorReturnsThenReleasesTheItem() throws IOException {
		RectificationView item = demoItem();
		logIn("employer");
		this.page.navigate(url("/risk/rectifications"));
		assertThat(this.page.getByTestId("rectification-table")).containsText("自查不合格项");
		screenshot("risk-employer-items");
		this.page.navigate(url("/risk/rectifications/" + item.id()));
		assertThat(this.page.getByTestId("rectification-status")).hasText("待整改");
		// A wrong file is refused beside the field, and nothing is stored.
		Path html = Files.createTempFile("evidence", ".pdf");
		Files.writeString(html, "<html><body>not a pdf</body></html>");
		this.page.locator("#file").setInputFiles(html);
		this.page.getByTestId("evidence-form").locator("button[type=submit]").click();
		assertThat(this.page.getByTestId("file-error")).containsText("PDF");
		Path png = Files.createTempFile("evidence", ".png");
		Files.write(png, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0 });
		this.page.locator("#file").setInputFiles(png);
		this.page.getByTestId("evidence-form").locator("button[type=submit]").click();
		assertThat(this.page.getByTestId("flash")).containsText("证明材料已上传");
		assertThat(this.page.getByTestId("rectification-evidence")).containsText("image/png");
		this.page.getByTestId("answer-form").locator("button[type=submit]").click();
		assertThat(this.page.getByTestId("answer-error")).containsText("请填写整改措施");
		this.page.locator("#answer").fill("已在高噪声岗位加装报警装置并完成验收");
		this.page.getByTestId("answer-form").locator("button[type=submit]").click();
		assertThat(this.page.getByTestId("rectification-status")).hasText("待审核");
		screenshot("risk-employer-answered");

		this.context.clearCookies();
		logIn("county");
		this.page.navigate(url("/risk/rectifications/" + item.id()));
		this.page.getByTestId("return-form").locator("button[type=submit]").click();
		assertThat(this.page.getByTestId("reasons-error")).containsText("请填写理由");
		this.page.locator("#reasons").fill("请补充验收记录");
		this.page.getByTestId("return-form").locator("button[type=submit]").click();
		assertThat(this.page.getByTestId("rectification-status")).hasText("已退回");

		this.context.clearCookies();
		logIn("employer");
		this.page.navigate(url("/risk/rectifications/" + item.id()));
		assertThat(this.page.getByTestId("rectification-review")).containsText("请补充验收记录");
		this.page.locator("#answer").fill("已补充验收记录（见附件）");
		this.page.getByTestId("answer-form").locator("button[type=submit]").click();

		this.context.clearCookies();
		logIn("county");
		this.page.navigate(url("/risk/rectifications/" + item.id()));
		screenshot("risk-supervisor-review");
		this.page.getByTestId("approve-form").locator("button[type=submit]").click();
		assertThat(this.page.getByTestId("rectification-status")).hasText("已解除");
		assertThat(this.page.getByTestId("rectification-evidence")).containsText("image/png");
		assertThat(this.page.getByTestId("rectification-review")).containsText("拱墅区监管");
		screenshot("risk-supervisor-released");
	}

	@Test
	void theSupervisorReadsTheDistributionDrillsDownAndOpensAPortrait() {
		logIn("county");
		this.page.navigate(url("/risk/dashboard"));
		assertThat(this.page.getByTestId("dashboard-region")).containsText("拱墅区");
		assertThat(this.page.locator("[data-testid=dashboard-chart] canvas")).hasCount(1);
		assertThat(this.page.locator("[data-testid=distribution-table] tbody tr").first()).isVisible();
		screenshot("risk-dashboard");
		this.page.getByTestId("dashboard-employers").click();
		assertThat(this.page.getByTestId("risk-table")).isVisible();
		screenshot("risk-classes");
		this.page.locator("[data-testid=risk-table] tbody tr a").first().click();
		assertThat(this.page.getByTestId("risk-classification")).isVisible();
		assertThat(this.page.getByTestId("risk-path")).containsText("→");
		assertThat(this.page.getByTestId("risk-class").first()).containsText("风险");
		screenshot("risk-portrait");
	}

	private void logIn(String username) {
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
